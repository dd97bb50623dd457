package org.inspectra.itest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.inspectra.itest.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A local authority's link person in the browser: only its own authority's inspections; a request for information
 * answered, a document marked supplied, a concern responded to. Another authority's link person sees none of it.
 */
class LinkPersonBrowserIT extends BrowserTestSupport {

    @Test
    void aLinkPersonSeesOnlyItsAuthorityAndAnswersWhatIsAskedOfIt() {
        Api lead = api().asLead();
        String birmingham = lead.post("/inspections", "{\"localAuthority\":\"330\",\"framework\":\"ilacs\","
                + "\"type\":\"standard\",\"notifiedOn\":\"2025-11-03\",\"team\":[{\"user\":\"lead\","
                + "\"role\":\"lead-inspector\"}]}").expect(201).json().path("id").asText();
        String coventry = lead.post("/inspections", "{\"localAuthority\":\"331\",\"framework\":\"ilacs\","
                + "\"type\":\"standard\",\"notifiedOn\":\"2025-11-03\",\"team\":[{\"user\":\"lead\","
                + "\"role\":\"lead-inspector\"}]}").expect(201).json().path("id").asText();
        lead.post("/inspections/" + birmingham + "/information-requests", "{\"type\":\"general\",\"what\":\"The "
                + "latest performance report\",\"why\":\"To test what leaders know\",\"requiredBy\":\"2025-11-05\"}")
                .expect(201);
        lead.post("/inspections/" + birmingham + "/concerns", "{\"category\":1,\"caseReferences\":[\"CH-0042\"],"
                + "\"referredOn\":\"2025-11-04\",\"laTeam\":\"Front door\",\"issues\":\"A referral waited ten days\","
                + "\"responseDue\":\"2025-11-06\"}").expect(201);

        browser.signIn("lalink", "lalink");
        assertThat(browser.all("a[href^='/inspections/" + birmingham + "']")).isNotEmpty();
        assertThat(browser.all("a[href^='/inspections/" + coventry + "']")).isEmpty();
        assertThat(browser.text("table")).doesNotContain("Coventry");

        browser.open("/inspections/" + birmingham);
        assertThat(browser.all(".app-subnav__link")).extracting(WebElement::getText)
                .containsExactly("Overview", "Information requests", "Documents", "Concerns");
        assertThat(browser.all("form#lifecycle, form#team")).as("nothing a link person may not do").isEmpty();
        checkScreen("link-inspection");

        browser.open("/inspections/" + birmingham + "/information-requests");
        WebElement answer = browser.find("form.answer textarea");
        answer.sendKeys("Attached to the secure email sent today");
        press("Send the answer");
        awaitText("Your answer is sent");
        assertThat(browser.text("main")).contains("Attached to the secure email", "by lalink");
        checkScreen("link-information-requests");

        browser.open("/inspections/" + birmingham + "/documents");
        browser.find("#doc-1-01").click();
        awaitText("Document 1.01 is marked supplied");
        assertThat(browser.text("main")).contains("1 of ");
        checkScreen("link-documents");

        browser.open("/inspections/" + birmingham + "/concerns");
        browser.find("form.step textarea").sendKeys("The referral was allocated the same day; see the chronology");
        press("Save");
        awaitText("The response is sent");
        assertThat(browser.text("main")).contains("Answered");
        checkScreen("link-concerns");

        browser.open("/inspections/" + coventry);
        assertThat(browser.text("h1")).isEqualTo("You cannot see this");

        browser.find("#sign-out").click();
        browser.await(d -> d.getCurrentUrl().contains("/sign-in?signedOut"));
        browser.signIn("lalink2", "lalink2");
        assertThat(browser.all("a[href^='/inspections/" + birmingham + "']")).isEmpty();
        assertThat(browser.all("a[href^='/inspections/" + coventry + "']")).isNotEmpty();
    }
}
