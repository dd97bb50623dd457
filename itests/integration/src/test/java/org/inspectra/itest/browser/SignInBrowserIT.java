package org.inspectra.itest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpServer;

import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;

/** Signing in as each role, the menu each role gets, signing out, and a forged cross-site POST refused. */
class SignInBrowserIT extends BrowserTestSupport {

    @Test
    void eachRoleSignsInAndSeesTheMenuItsRolesMayUse() {
        browser.open("/inspections");
        assertThat(browser.path()).startsWith("/sign-in?next=%2Finspections");
        checkScreen("sign-in");

        browser.signIn("lead", "lead");
        assertThat(browser.path()).isEqualTo("/inspections");
        assertThat(browser.title()).isEqualTo("My inspections – Inspectra");
        assertThat(menu()).containsExactly("My inspections", "Calendar");
        assertThat(browser.text(".app-header__user")).isEqualTo("lead");
        checkScreen("my-inspections");
        signOut();

        browser.signIn("inspector", "inspector");
        assertThat(menu()).containsExactly("My inspections", "Calendar");
        assertThat(browser.all("a[href='/inspections/new']")).as("an inspector opens no inspection").isEmpty();
        signOut();

        browser.signIn("admin", "admin");
        assertThat(menu()).containsExactly("My inspections", "Calendar", "Frameworks", "Local authorities",
                "Retention");
        signOut();

        browser.signIn("lalink", "lalink");
        assertThat(menu()).containsExactly("Our inspections");
        assertThat(browser.title()).isEqualTo("Our inspections – Inspectra");
        assertThat(browser.text("main")).contains("Birmingham (330)");
        checkScreen("our-inspections");
    }

    @Test
    void aRefusedSignInShowsTheProblemBesideThePasswordAndKeepsTheUserName() {
        browser.open("/sign-in");
        browser.find("#user").sendKeys("lead");
        browser.find("#password").sendKeys("not-the-password");
        browser.find("#sign-in button[type=submit]").click();
        browser.await(d -> !browser.all(".govuk-error-summary").isEmpty());
        assertThat(browser.title()).startsWith("Error: Sign in");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter a correct user name and password");
        assertThat(browser.text("#password-error")).contains("Enter a correct user name and password");
        assertThat(browser.find("#user").getAttribute("value")).isEqualTo("lead");
        checkScreen("sign-in-refused");
    }

    @Test
    void afterSigningOutTheSessionIsRefused() {
        browser.signIn("lead", "lead");
        String cookie = browser.driver().manage().getCookieNamed("inspectra-session").getValue();
        assertThat(browser.driver().manage().getCookieNamed("inspectra-session").isHttpOnly()).isTrue();
        assertThat(browser.driver().manage().getCookieNamed("inspectra-session").getSameSite()).isEqualTo("Strict");
        assertThat(browser.driver().executeScript("return document.cookie")).isEqualTo("");
        signOut();
        assertThat(browser.text(".govuk-notification-banner")).contains("You have signed out");
        api().header("Cookie", "inspectra-session=" + cookie).header("X-Requested-With", "test")
                .get("/session").problem(401);
        browser.open("/inspections");
        assertThat(browser.path()).startsWith("/sign-in");
    }

    @Test
    void aForgedCrossSitePostIsRefused() throws IOException {
        browser.signIn("lead", "lead");
        String body = "{\"localAuthority\":\"331\",\"framework\":\"ilacs\",\"type\":\"standard\","
                + "\"notifiedOn\":\"2031-03-03\",\"x\":\"=\"}";
        // Another site (127.0.0.1 is not localhost) whose page posts to the API as the signed-in lead.
        HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String target = server.root() + "/api/v1/inspections";
        byte[] page = ("<!DOCTYPE html><html lang=en><title>Prize</title><body><form id=f method=post action='"
                + target + "' enctype='text/plain'><input name='" + body.substring(0, body.length() - 4)
                + "' value='\"}'></form><script>fetch('" + target + "', {method: 'POST', credentials: 'include',"
                + " mode: 'no-cors', headers: {'Content-Type': 'text/plain'}, body: '" + body
                + "'}).finally(() => document.getElementById('f').submit());</script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        evil.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        evil.start();
        try {
            browser.driver().get("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
            browser.await(d -> d.getCurrentUrl().startsWith(target));
            // The SameSite=Strict cookie stays home, so the API saw no session: a 401 (its challenge leaves the page
            // blank here), never the created inspection.
            assertThat(browser.driver().getPageSource()).doesNotContain("\"localAuthority\"");
        } finally {
            evil.stop(0);
        }
        assertThat(api().asAdmin().get("/inspections?localAuthority=331").expect(200).json().findValues("notifiedOn"))
                .noneMatch(n -> n.asText().equals("2031-03-03"));
    }

    private List<String> menu() {
        return browser.all(".govuk-service-navigation__link").stream().map(WebElement::getText).toList();
    }

    private void signOut() {
        browser.find("#sign-out").click();
        browser.await(d -> d.getCurrentUrl().contains("/sign-in?signedOut"));
        browser.awaitScreen();
    }
}
