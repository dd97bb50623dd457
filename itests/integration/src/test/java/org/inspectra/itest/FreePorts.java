package org.inspectra.itest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the servers the tests start, taken below the kernel's ephemeral range. A port the kernel hands out for
 * {@code new ServerSocket(0)} comes from that range, and so does every later socket bound to port 0 and the local end
 * of every outgoing connection: a port found free there and released could be taken again before the server binds it.
 * That happened on 2026-11-30: Pax Exam's own RMI export in the test JVM took the HTTP port just chosen for a
 * container, whose Jetty then failed to bind and whose tests waited for a server that never came. Below the range,
 * only a process that asks for that very port can take it; each is checked free when handed out, and none is handed
 * out twice by this JVM.
 */
final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** A port nothing listens on now, below the ephemeral range and not handed out before by this JVM. */
    static synchronized int next() {
        int below = ephemeralRangeStart();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!HANDED_OUT.contains(port) && bindable(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + below);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The first port of Linux's ephemeral range ({@code net.ipv4.ip_local_port_range}), 32768 where unknown. */
    private static int ephemeralRangeStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            return Math.max(LOWEST + 1_000, Integer.parseInt(range.split("\\s+")[0]));
        } catch (IOException | RuntimeException unknown) {
            return 32_768;
        }
    }
}
