package org.inspectra.framework.ilacs.internal;

import java.util.List;
import java.util.Optional;

import org.inspectra.api.framework.SourcedText;

/**
 * What a focused visit looks at ({@code 000 §104-107}): one or more topics of §106, and always the five aspects of
 * §107. Leadership runs through every focused visit "through the lens of the impact of leaders on practice with
 * children and families" (§106). The focused visit's inspection type carries the topics ({@link #SELECTABLE}) and
 * the aspects ({@link #ASPECTS}).
 */
final class FocusedVisitTopics {

    /**
     * One focused visit topic of §106.
     *
     * @param id      kebab-case id
     * @param title   the topic as the seed words it
     * @param aspects the points the seed lists under it
     * @param source  seed paragraph
     */
    record Topic(String id, String title, List<String> aspects, String source) {
        Topic {
            aspects = List.copyOf(aspects);
        }
    }

    private static final String SOURCE = "000 §106";

    /** 000 §106, in the seed's order. */
    static final List<Topic> TOPICS = List.of(
            new Topic("front-door", "The front door – the service that receives contacts and referrals (single or "
                    + "multi-agency) where decisions are made about", List.of(
                            "child protection enquiries – strategy discussions, section 47 enquires, etc.",
                            "emergency action – liaison with police to use powers of protection, applications for "
                                    + "emergency protection order",
                            "child in need assessments",
                            "decisions to accommodate",
                            "step-up from and step-down to early help",
                            "no further action/sign-posting"), SOURCE),
            new Topic("children-in-need-and-child-protection",
                    "Children in need and those subject to a child protection plan", List.of(
                            "thresholds",
                            "step-up/step-down between children in need and child protection",
                            "children on the edge of care",
                            "children subject to letter before proceedings and the quality and impact of "
                                    + "pre-proceedings interventions",
                            "children in need at risk of family breakdown",
                            "the quality of decisions about entering care",
                            "protection of disabled children"), SOURCE),
            new Topic("vulnerable-adolescents", "Protection of vulnerable adolescents (contextual safeguarding)",
                    List.of(
                            "child sexual/criminal exploitation",
                            "missing from home, care or education",
                            "risks associated with gangs",
                            "risks associated with radicalisation",
                            "trafficking and modern slavery"), SOURCE),
            new Topic("children-in-care", "Children in care", List.of(
                            "quality of matching, placement and decision making for children in care",
                            "the experiences and progress of disabled children in care"), SOURCE),
            new Topic("permanence", "Planning and achieving permanence", List.of(
                            "return to birth family",
                            "connected (family and friends) care",
                            "adoption",
                            "long-term foster or residential care",
                            "special guardianship"), SOURCE),
            new Topic("care-leavers", "Care leavers", List.of(
                            "care leavers aged 16 and 17",
                            "care leavers aged 18 to 25",
                            "accommodation",
                            "employment, education and training",
                            "transition to adulthood",
                            "staying close and in touch"), SOURCE));

    /** 000 §107: "In each of these focused visits, inspectors will evaluate the effectiveness of". */
    static final List<String> ALWAYS_EVALUATED = List.of(
            "performance management",
            "management oversight",
            "supervision",
            "quality assurance",
            "continuous professional development of the workforce");

    /** The topics as the focused visit's inspection type offers them, to be chosen when it is opened. */
    static final List<org.inspectra.api.framework.Topic> SELECTABLE = TOPICS.stream()
            .map(t -> new org.inspectra.api.framework.Topic(t.id(), t.title(), t.source())).toList();

    /** The aspects as the focused visit's inspection type carries them. */
    static final List<SourcedText> ASPECTS = ALWAYS_EVALUATED.stream()
            .map(a -> new SourcedText(a, "000 §107")).toList();

    /** 000 §105: what the choice of topic is based on, one or more of these. */
    static final List<String> TOPIC_CHOSEN_FROM = List.of(
            "a specific area of service that has been identified in a local authority as an example of good or "
                    + "outstanding practice",
            "a specific area of service that has been identified as one that needs to improve or an area where "
                    + "themes, trends and issues are identified",
            "agreement between us and the local authority that a specific focus will support that local authority’s "
                    + "improvement journey",
            "we decide to undertake a short programme in a particular area of service, which will then lead to a "
                    + "thematic overview");

    private FocusedVisitTopics() {
    }

    static Optional<Topic> topic(String id) {
        return TOPICS.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
