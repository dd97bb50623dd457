package org.inspectra.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EdgeRulesTest {

    @Test
    void refusesTraceAndMethodsNoResourceTakes() {
        assertThat(EdgeRules.refusal("TRACE", null, null)).get().extracting(EdgeProblem::status).isEqualTo(405);
        assertThat(EdgeRules.refusal("PROPFIND", null, null)).get().extracting(EdgeProblem::status).isEqualTo(405);
        assertThat(EdgeRules.refusal("GET", null, null)).isEmpty();
        assertThat(EdgeRules.refusal("OPTIONS", null, null)).isEmpty();
    }

    @Test
    void refusesCharsetsTheJvmDoesNotKnowWith415() {
        assertThat(EdgeRules.refusal("PUT", "application/json; charset=bogus", null)).get()
                .extracting(EdgeProblem::status).isEqualTo(415);
        assertThat(EdgeRules.refusal("PUT", "text/csv;charset=\"no such\"", null)).get()
                .extracting(EdgeProblem::status).isEqualTo(415);
        assertThat(EdgeRules.refusal("PUT", "application/json; charset=", null)).isPresent();
        assertThat(EdgeRules.refusal("PUT", "application/json; charset=UTF-8", null)).isEmpty();
        assertThat(EdgeRules.refusal("PUT", "text/csv; charset=\"iso-8859-1\"", null)).isEmpty();
        assertThat(EdgeRules.refusal("PUT", "application/json", null)).isEmpty();
    }

    @Test
    void refusesBrokenPercentEncodingInTheQuery() {
        assertThat(EdgeRules.refusal("GET", null, "x=%zz")).get().extracting(EdgeProblem::status).isEqualTo(400);
        assertThat(EdgeRules.refusal("GET", null, "x=%4")).isPresent();
        assertThat(EdgeRules.refusal("GET", null, "x=%")).isPresent();
        assertThat(EdgeRules.refusal("GET", null, "x=%41%c3%a9&y=a+b")).isEmpty();
    }

    @Test
    void echoesNoMarkupOrControlCharactersBack() {
        EdgeProblem p = EdgeRules.refusal("PUT", "a/b; charset=<script>\u0001", null).orElseThrow();
        assertThat(p.json()).doesNotContain("<script>").doesNotContain("\u0001");
    }

    @Test
    void problemDocumentsAreJsonAndHtmlOnlyForBrowsersOutsideTheApi() {
        assertThat(ProblemErrorHandler.problem(404).json())
                .startsWith("{\"type\":\"urn:inspectra:problem:not-found\",\"title\":\"Not Found\",\"status\":404");
        assertThat(ProblemErrorHandler.wantsHtml("text/html,*/*", "/app/page")).isTrue();
        assertThat(ProblemErrorHandler.wantsHtml("text/html", "/api/v1/x")).isFalse();
        assertThat(ProblemErrorHandler.wantsHtml("application/json", "/x")).isFalse();
        assertThat(ProblemErrorHandler.wantsHtml(null, "/x")).isFalse();
    }
}
