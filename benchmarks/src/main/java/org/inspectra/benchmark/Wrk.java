package org.inspectra.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Read load from wrk (Debian's package, installed here where missing): requests a second, p50, p99, errors. */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("\\s+(50|99)%\\s+([\\d.]+)(us|ms|s)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    /** One run's figures; {@code errors} counts failed sockets and, where 2xx was expected, other answers. */
    record Figure(double perSecond, double p50Millis, double p99Millis, long errors, long non2xx) {

        String latencies() {
            return String.format(Locale.UK, "p50 %.1f ms, p99 %.1f ms", p50Millis, p99Millis);
        }
    }

    private Wrk() {
    }

    /** Installs Debian's wrk where it is missing. */
    static void install() {
        if (Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            return;
        }
        System.out.println("Installing wrk (Debian package) ...");
        Server.run(Path.of("."), "apt-get", "update", "-q");
        Server.run(Path.of("."), "apt-get", "install", "-y", "-q", "wrk");
    }

    /**
     * {@code connections} connections on two threads for {@code seconds} against one URL, each request accepting a
     * gzip-compressed answer as the browser an inspector reads these pages in does (the floor's requests too).
     */
    static Figure run(String url, String authorization, int connections, int seconds) {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "10s", "-H", "Accept-Encoding: gzip, deflate, br"));
        if (authorization != null) {
            command.add("-H");
            command.add("Authorization: " + authorization);
        }
        command.add(url);
        String out = Server.run(Path.of("."), command.toArray(String[]::new));
        return parse(out);
    }

    static Figure parse(String out) {
        Matcher rate = RATE.matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("wrk printed no rate: " + out);
        }
        double p50 = 0;
        double p99 = 0;
        Matcher percentile = PERCENTILE.matcher(out);
        while (percentile.find()) {
            double value = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                case "us" -> 0.001;
                case "ms" -> 1;
                default -> 1000;
            };
            if (percentile.group(1).equals("50")) {
                p50 = value;
            } else {
                p99 = value;
            }
        }
        long socket = 0;
        Matcher errors = SOCKET.matcher(out);
        if (errors.find()) {
            for (int g = 1; g <= 4; g++) {
                socket += Long.parseLong(errors.group(g));
            }
        }
        Matcher non2xx = NON_2XX.matcher(out);
        long other = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        return new Figure(Double.parseDouble(rate.group(1)), p50, p99, socket, other);
    }
}
