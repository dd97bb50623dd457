package org.inspectra.itest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator in the browser: deploys the test framework bundle from the page, opens an inspection on it,
 * deploys its next version (the inspection keeps the first), retires the first after the confirmation that says what happens to the inspection in flight, and adds a local authority.
 */
class AdminBrowserIT extends BrowserTestSupport {

    @Test
    void anAdministratorDeploysAFrameworkFromThePageOpensAnInspectionOnItSwapsAndRetiresIt() {
        browser.signIn("admin", "admin");
        browser.open("/admin/frameworks");
        assertThat(browser.text("main")).contains("ilacs", "cse-missing");
        deploy("inspectra.testFramework.v1", "1.0");
        assertThat(browser.text("main")).contains("testing");
        checkScreen("admin-frameworks");

        browser.open("/inspections/new");
        select("localAuthority", "331");
        select("framework", "testing");
        // The form is drawn again for the framework chosen: wait for the test framework's own type.
        browser.await(d -> !d.findElements(By.cssSelector("#type option[value='visit']")).isEmpty());
        setValue("notifiedOn", "2025-12-01");
        press("Open the inspection");
        browser.await(d -> d.getCurrentUrl().contains("?opened=1"));
        browser.awaitScreen();
        assertThat(browser.text("main")).contains("Coventry (331)", "testing 1.0");
        String inspection = browser.path().replaceFirst("\\?.*$", "");

        // The swap: version 2.0 deployed from the page while the inspection runs on 1.0. New inspections get 2.0;
        // the one in flight keeps 1.0 (every inspection keeps the version it started under).
        browser.open("/admin/frameworks");
        deploy("inspectra.testFramework.v2", "2.0");
        browser.open(inspection);
        assertThat(browser.text("main")).contains("testing 1.0");
        browser.open("/inspections/new");
        select("localAuthority", "331");
        select("framework", "testing");
        // Only 2.0 has the quick visit: the form offers it, so new work starts on 2.0.
        browser.await(d -> !d.findElements(By.cssSelector("#type option[value='quick-visit']")).isEmpty());

        browser.open("/admin/frameworks?confirm=retire&id=testing&version=1.0");
        assertThat(browser.text("main")).contains("What happens to inspections in flight", "1 open inspection",
                "it for life");
        checkScreen("admin-retire");
        press("Retire this version");
        browser.await(d -> d.getCurrentUrl().contains("done="));
        browser.awaitScreen();
        assertThat(browser.text(".govuk-notification-banner")).contains("retired");

        browser.open("/admin/frameworks?confirm=uninstall&id=testing&version=1.0");
        assertThat(browser.text("main")).contains("cannot be uninstalled");
        assertThat(browser.all("button.govuk-button--warning")).isEmpty();

        browser.open("/admin/local-authorities");
        type("code", "332");
        type("name", "Dudley");
        press("Save");
        awaitText("Dudley (332) is saved");
        checkScreen("admin-local-authorities");
    }

    /** Uploads the test framework's jar named by a system property on the frameworks page and waits for the result. */
    private void deploy(String jarProperty, String version) {
        browser.find("#bundle").sendKeys(Path.of(System.getProperty(jarProperty)).toAbsolutePath().normalize()
                .toString());
        press("Deploy");
        browser.await(d -> !d.findElements(By.cssSelector(".govuk-notification-banner, .govuk-error-summary"))
                .isEmpty());
        assertThat(browser.all(".govuk-error-summary")).isEmpty();
        assertThat(browser.text(".govuk-notification-banner")).contains("is deployed", version);
    }
}
