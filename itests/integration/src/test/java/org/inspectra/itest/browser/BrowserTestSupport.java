package org.inspectra.itest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.inspectra.itest.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A fresh browser for each test against the run's one server; each screen checked with axe and photographed. */
@Tag("browser")
@ExtendWith(BrowserTestSupport.ServerParameter.class)
public abstract class BrowserTestSupport {

    protected BrowserServer server;
    protected Browser browser;

    @BeforeEach
    void openBrowser(BrowserServer server) {
        this.server = server;
        this.browser = new Browser(server.root());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    protected Api api() {
        return server.api();
    }

    /** The screen as it is now passes axe (no serious or critical violation); its screenshots are saved. */
    protected void checkScreen(String name) {
        assertThat(browser.seriousAccessibilityViolations()).as("axe on " + name + " (" + browser.path() + ")")
                .isEmpty();
        browser.screenshots(name);
    }

    /** Types into a field, replacing what it held. */
    protected void type(String id, String text) {
        var field = browser.find("#" + id);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date or date-and-time field, as its picker would (the typed form depends on the browser's locale). */
    protected void setValue(String id, String value) {
        browser.driver().executeScript("const f = document.getElementById(arguments[0]); f.value = arguments[1];"
                + " f.dispatchEvent(new Event('input', {bubbles: true}));", id, value);
    }

    /** Picks a radio or checkbox by its name and value, clicking its label as a person does. */
    protected void choose(String name, String value) {
        choose(browser.find("body"), name, value);
    }

    protected void choose(WebElement scope, String name, String value) {
        String id = scope.findElement(By.cssSelector("input[name='" + name + "'][value='" + value
                + "']")).getAttribute("id");
        scope.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    /** Picks an option of a select by its value. */
    protected void select(String id, String value) {
        new Select(browser.find("#" + id)).selectByValue(value);
    }

    /** Clicks the button whose text starts with the given words (a button that loads a page: Browser.toNextPage). */
    protected void press(String text) {
        browser.all("button, a.govuk-button").stream().filter(b -> b.getText().strip().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " on " + browser.path())).click();
    }

    /** Waits until the page's text contains the words. */
    protected void awaitText(String words) {
        browser.await(d -> d.findElement(By.tagName("main")).getText().contains(words));
    }

    /** Hands tests the run's server. */
    static final class ServerParameter implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == BrowserServer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return BrowserServer.of(context);
        }
    }
}
