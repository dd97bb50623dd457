package org.inspectra.framework.ilacs.internal;

import static org.inspectra.framework.ilacs.internal.IlacsJudgements.CHILDREN_IN_CARE;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.HELP_AND_PROTECTION;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.IMPACT_OF_LEADERS;

import java.util.List;

import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.GradeDescriptor;

/**
 * The 17 headings of the evaluation criteria that inspectors record evidence under ({@code 000 §60}, §248-250): six
 * for help and protection, seven for children in care and care leavers, four for leaders. Each carries the seed's
 * "likely to be judged good if the following apply" statements, one bullet of the seed an entry.
 *
 * <p>Ids are the heading in kebab case (apostrophes dropped), so a client can derive them from the printed framework.
 * Text is as published, with PDF line breaks, page furniture and footnote markers (32-38 in the seed) removed; the
 * seed's own slips ("disabilities).These") are kept.
 */
final class IlacsCriteria {

    static final List<Criterion> ALL = List.of(
            // 000 §248: the experiences and progress of children who need help and protection, six headings
            criterion("early-help",
                    "Early help",
                    HELP_AND_PROTECTION, "000 §248",
                    "Children, young people and families are offered help when needs and/or concerns are first "
                    + "identified. The early help improves the child’s situation and supports sustainable progress. "
                    + "The interface between early help and statutory work is clearly and effectively differentiated."),
            criterion("identifying-and-responding-to-childrens-needs-and-appropriate-thresholds",
                    "Identifying and responding to children’s needs and appropriate thresholds",
                    HELP_AND_PROTECTION, "000 §248",
                    "Professionals identify children and young people in need of help and protection. They make "
                    + "appropriate referrals to children’s social care and are able to access social work expertise "
                    + "and advice. There is a timely and effective response to referrals, including out of normal "
                    + "office hours. Professionals understand thresholds. This leads to children and families "
                    + "receiving effective, proportionate and timely interventions, which improve their situation."),
            criterion("making-good-decisions-and-providing-effective-help",
                    "Making good decisions and providing effective help",
                    HELP_AND_PROTECTION, "000 §248",
                    "Children and families experience child protection enquiries that are thorough and lead to "
                    + "timely action, which reduces the risk of harm to children.",
                    "Allegations of abuse, mistreatment or poor practice by professionals and carers are taken "
                    + "seriously. Steps are taken to protect children and young people and the management of "
                    + "allegations against staff is robust and effective.",
                    "Assessments and plans are dynamic and change in the light of emerging issues and risks. "
                    + "Assessments (including early help assessments) are timely and proportionate to risk. They are "
                    + "informed by research and by the historical context and significant events for each child. They "
                    + "result in direct help for families where needed and are focused on achieving sustainable "
                    + "progress for children. Help given to families is proportionate to the level of need. "
                    + "Information-sharing between agencies and professionals is timely, specific, effective and "
                    + "lawful.",
                    "Children in need of help and/or protection have a plan setting out how they will be helped and "
                    + "how their needs are going to be met and how risk will be reduced within the timescales "
                    + "appropriate for the child. Where families refuse to engage, clear contingency plans are in "
                    + "place. These are based on the assessment of need and risks to the child. Action is taken to "
                    + "avoid drift and delay. Plans and decisions are reviewed. Alternative decisive action is taken "
                    + "where the circumstances for children do not change and the help provided does not meet their "
                    + "needs or the risk of harm or actual harm remains or intensifies.",
                    "Children and young people are protected through effective multi-agency arrangements. Key "
                    + "participants attend multi-agency meetings. These meetings are effective forums for timely "
                    + "information-sharing, planning, decision-making and monitoring. Actions happen within agreed "
                    + "timescales and the help and protection provided reduce risk and meet need."),
            criterion("management-oversight-of-frontline-practice",
                    "Management oversight of frontline practice",
                    HELP_AND_PROTECTION, "000 §248",
                    "Decisions are made by suitably qualified and experienced social workers and managers. Actions "
                    + "are clearly recorded. Systematic and high quality management oversight of frontline practice "
                    + "drive child-centred plans and actions within the timescales appropriate for the child. "
                    + "Effective and timely planning, support and decision-making takes place during pre-proceedings "
                    + "work."),
            criterion("participation-and-direct-work-with-children-and-families",
                    "Participation and direct work with children and families",
                    HELP_AND_PROTECTION, "000 §248",
                    "Children, young people and families benefit from stable and meaningful relationships with "
                    + "social workers. They are consistently seen and seen alone by social workers where it is in the "
                    + "best interests of the child. Practice is based on understanding each child’s day-to-day lived "
                    + "experience. Children are safer as a result of the help they receive.",
                    "Children and young people are listened to. Practice focuses on their needs and experiences and "
                    + "is influenced by their wishes and feelings. Children, young people and families have timely "
                    + "access to, and use the services of, an advocate. Feedback from children and their families "
                    + "about the effectiveness of the help, care or support they receive informs practice and service "
                    + "development."),
            criterion("identifying-and-responding-to-all-types-of-abuse-"
                    + "recognising-the-vulnerability-of-specific-groups-of-children",
                    "Identifying and responding to all types of abuse recognising the vulnerability of specific "
                    + "groups of children",
                    HELP_AND_PROTECTION, "000 §248",
                    "Neglect, sexual abuse, physical abuse and emotional abuse are effectively identified and "
                    + "responded to. Children and young people who live in households, where at least one parent or "
                    + "carer misuses substances or suffers from mental ill-health or where there is domestic violence, "
                    + "are helped and protected.",
                    "Social workers recognise the factors that can make children more vulnerable and tailor their "
                    + "interventions appropriately. This includes (but not exhaustively) disabled children, children "
                    + "who are privately fostered, children not attending school, vulnerable adolescents and children "
                    + "at risk of radicalisation or exploitation or becoming involved in gangs.",
                    "Children and young people who are missing from home, care or full-time school education "
                    + "(including those who are excluded from school) and those at risk of exploitation and "
                    + "trafficking receive well-coordinated responses that reduce the harm or risk of harm to them. "
                    + "For those who are missing or often missing, there is a clear plan of urgent action in place to "
                    + "protect them and to reduce the risk of harm or further harm."),
            // 000 §249: the experiences and progress of children in care and care leavers, seven headings
            criterion("making-good-decisions-for-children",
                    "Making good decisions for children",
                    CHILDREN_IN_CARE, "000 §249",
                    "Children and young people become looked after in a timely manner and in their best interests; "
                    + "decisions that children should be in care are based on clear, effective, comprehensive and "
                    + "risk-based assessments, involving where appropriate other professionals working with the "
                    + "family.",
                    "Where it is not possible for children to return home, suitable and timely plans for permanence "
                    + "are made for them to live away from the family home.",
                    "Where the plan for a child is to return home, there is purposeful work undertaken with the "
                    + "family so that it is safe for the child to return. Further care episodes are avoided unless "
                    + "they are provided as a part of an appropriate plan of support.",
                    "The wishes and feelings of children, and those of their parents, are clearly set out in timely "
                    + "and authoritative assessments and applications to court. Assessments of family members as "
                    + "potential carers are carried out promptly to a good standard.",
                    "Children’s care plans comprehensively address their needs and experiences, including the need "
                    + "for timely permanence. Children’s plans are robustly and independently reviewed with the "
                    + "involvement, as appropriate, of parents, carers, residential staff and other adults who know "
                    + "them. Plans for their futures continue to be appropriate and ambitious."),
            criterion("participation-and-direct-work-with-children-in-care-and-care-leavers",
                    "Participation and direct work with children in care and care leavers",
                    CHILDREN_IN_CARE, "000 §249",
                    "Children are seen regularly and seen alone by their social worker and children understand what "
                    + "is happening to them. Children have positive and stable relationships with professionals and "
                    + "carers who are committed to protecting them and promoting their welfare.",
                    "Children in care and care leavers are helped to understand their rights, entitlements and "
                    + "responsibilities. They know how to give feedback or complain and understand what has happened "
                    + "as a result of their complaint. Their complaints are treated seriously and are responded to "
                    + "clearly. Urgent action is taken and services improve where necessary. Children and young people "
                    + "have access to an advocate and independent visitor when needed. Care leavers are well-informed "
                    + "about access to their records, assistance to find employment, training and financial support.",
                    "The local authority celebrates the achievements of children in care and care leavers. It shows "
                    + "it is ambitious for their futures.",
                    "Children in care and care leavers are well represented by a Children in Care Council or similar "
                    + "body which is regularly consulted on how to improve the support for these children and young "
                    + "people."),
            criterion("helping-and-protecting",
                    "Helping and protecting",
                    CHILDREN_IN_CARE, "000 §249",
                    "Children in care and care leavers are protected or helped to keep themselves safe from "
                    + "bullying, homophobic behaviour and other forms of discrimination.",
                    "Any risks associated with children and care leavers offending, misusing drugs or alcohol, going "
                    + "missing or being sexually exploited or exploited in any other way are known well by the adults "
                    + "who care for them. Children receive help to reduce the risk of harm or actual harm. Children "
                    + "and care leavers are safe and feel safe. They are helped to understand how they can keep "
                    + "themselves safe."),
            criterion("health",
                    "Health",
                    CHILDREN_IN_CARE, "000 §249",
                    "Children in care and care leavers are in good physical and mental health, or are being helped "
                    + "to improve their health. Their health needs are identified and met.",
                    "Care leavers have access to and understand their full health history."),
            criterion("learning-and-enjoyment",
                    "Learning and enjoyment",
                    CHILDREN_IN_CARE, "000 §249",
                    "Children and young people make good educational progress at school or other provision since "
                    + "being in care. They receive the same support from their carers as they would from a good "
                    + "parent.",
                    "Children and young people who do not attend school have prompt access to suitable good-quality "
                    + "registered alternative provision. There is regular review of their progress. Urgent action is "
                    + "taken if children are missing from education or if their attendance reduces.",
                    "Children and young people enjoy what they do and have access to a range of social, educational "
                    + "and recreational opportunities. Adult carers have suitable delegated authority to make prompt "
                    + "decisions about children’s day-to-day lives."),
            criterion("stability-and-permanence",
                    "Stability and permanence",
                    CHILDREN_IN_CARE, "000 §249",
                    "Children and young people are safe and settled where they live. They move only in line with "
                    + "care plans, when they are at risk of harm or are being harmed. They do not live anywhere that "
                    + "fails to meet their needs. They are able to live with their brothers and sisters when this is "
                    + "in their best interests, including when they are adopted. Children and young people have "
                    + "appropriate, carefully assessed and supported contact with family, friends and other people who "
                    + "are important to them.",
                    "Children and care leavers who live away from their ‘home’ local authority have access to "
                    + "education and health services that meet their needs as soon as they move outside of their "
                    + "‘home’ area. Placing local authorities notify the ‘receiving’ local authority that a child is "
                    + "moving to their area promptly and ensure that services are in place to meet the child’s needs "
                    + "before the child moves.",
                    "There is a sufficiently wide range and choice of placements available to meet the needs of "
                    + "children in care.",
                    "Effective recruitment, assessment, training and support of carers (including, as appropriate, "
                    + "foster carers, adopters, special guardians and residential staff) ensure that children and "
                    + "young people receive high-quality, safe and stable care that meets their diverse needs.",
                    "All agencies and professionals work together effectively to reduce any unnecessary delay in "
                    + "receiving support and achieving permanence for children.",
                    "Children are effectively prepared for, and carefully matched with, a permanent placement. Their "
                    + "wishes and feelings influence the decisions about where they live. Children are helped to "
                    + "develop secure, primary attachments with the adults caring for them. They are helped to "
                    + "understand their life histories, experiences and identities.",
                    "The accessibility, style and clarity of case records enhance the understanding that children in "
                    + "care and care leavers have about their histories and experiences.",
                    "Adoption is considered carefully and promptly for all children who are unable to return home or "
                    + "to their birth families and who need a permanent alternative home; this includes good use of "
                    + "concurrent and parallel planning, the Adoption Register and Fostering for Adoption.",
                    "Fostering and adoption panels, and the respective decision-makers, ensure that children are "
                    + "effectively matched with families. Local authorities have arrangements in place to ensure "
                    + "consistently good practice and receive regular feedback on the effectiveness of the work of "
                    + "panels.",
                    "Children who are adopted, their adoptive families, their birth relatives and adopted adults are "
                    + "informed, and are aware of, their entitlement to receive an assessment of their adoption "
                    + "support needs. When support is needed, it is provided quickly, effectively and leads to "
                    + "improved circumstances for the children, young people, families and carers involved."),
            criterion("care-leavers-and-transitions",
                    "Care leavers and transitions",
                    CHILDREN_IN_CARE, "000 §249",
                    "Care leavers have timely, effective pathway plans (including transition planning for children "
                    + "in care with learning difficulties and/or disabilities).These plans address all young people’s "
                    + "needs. Reviews of plans for care leavers are robust and involve all key people, including the "
                    + "young person, who understands their pathway plan and contributes to its development. Plans for "
                    + "their future continue to be appropriate, as well as ambitious.",
                    "Care leavers develop the skills and confidence they need to maximise their chances of "
                    + "successful maturity to adulthood, including parenthood. Care leavers have trusted relationships "
                    + "with carers and staff from the local authority and develop supportive relationships within the "
                    + "community, including with family and friends. They receive the right level of practical, "
                    + "emotional and financial support until they are at least 21 and, where necessary, until they are "
                    + "25.",
                    "Care leavers move towards independence at a pace that is right for them. Young people are "
                    + "encouraged to remain in care until their 18th birthday when this is in their best interest. "
                    + "They can remain living with their carers beyond their 18th birthday or, if more appropriate, "
                    + "receive ongoing support to live in permanent and affordable accommodation that fully meets "
                    + "their needs.",
                    "Care leavers have good education and employment opportunities, including work experience and "
                    + "apprenticeships. They are encouraged and supported to continue their education and training, "
                    + "including those aged 21 to 24 years. Care leavers are progressing well and achieving their full "
                    + "potential through either being in further and higher education or in their chosen "
                    + "career/occupation.",
                    "Care leavers have accommodation that best meets their needs and helps them to develop their "
                    + "independence skills safely. Risks of tenancy breakdown are identified and addressed; "
                    + "alternative plans are put in place promptly when necessary. Houses in multiple occupation (HMO) "
                    + "are only used when it is a young person’s preferred option and it can demonstrably be shown to "
                    + "be in their best interests.",
                    "Care leavers are provided with all key documents they need to begin their lives as young "
                    + "adults, such as national insurance numbers, birth certificates and passports."),
            // 000 §250: the impact of leaders on social work practice with children and families, four headings
            criterion("strategic-leadership",
                    "Strategic leadership",
                    IMPACT_OF_LEADERS, "000 §250",
                    "The leadership of the council, including the chief executive, lead member (and other members) "
                    + "and the Director of Children’s Services (DCS) recognise and prioritise the needs of children "
                    + "and this is reflected in corporate decision-making, action and active attendance at key "
                    + "committees and boards.",
                    "The chief executive and lead member are well informed and hold the DCS and their leadership "
                    + "team to account for the quality of practice and the challenges in the local area. This is "
                    + "exemplified through accurate assessments of practice that drive improvement.",
                    "Strategic leaders ensure that relationships with key partners including the health community, "
                    + "the police, schools, Cafcass and the family courts provide a helpful and effective context for "
                    + "social workers and practitioners to work effectively with children and families.",
                    "The local authority is an active, strong and committed corporate parent – in line with the "
                    + "corporate parenting principles. There is a corporate sense of responsibility for children in "
                    + "care and care leavers and the chief executive leads a local authority that recognises and "
                    + "prioritises the needs of children in all aspects e.g. housing, career opportunities, education "
                    + "and learning."),
            criterion("learning-culture",
                    "Learning culture",
                    IMPACT_OF_LEADERS, "000 §250",
                    "The local authority has a track record of responding appropriately, effectively and quickly to "
                    + "areas for development, service deficiencies or new demands and shows resilience to new "
                    + "challenges. The local authority’s self-evaluation of practice is accurate.",
                    "The local authority has detailed and relevant knowledge of its local communities, including "
                    + "children in care and care leavers and uses this knowledge effectively to meet their needs. "
                    + "Leaders identify the vulnerable groups in their local areas, their needs and ensure that there "
                    + "is an effective response for these groups of children. Commissioned and in-house services have "
                    + "sufficient capacity and meet the needs of local children, young people and families in need of "
                    + "help, care and protection.",
                    "The local authority can demonstrate evidence of practice that is informed and sustainably "
                    + "improved by feedback, research and intelligence about the quality of services. The experiences "
                    + "of children, young people and families who use them are important, including learning from "
                    + "their complaints and from successful or disrupted placements or adoption breakdown."),
            criterion("performance-management",
                    "Performance management",
                    IMPACT_OF_LEADERS, "000 §250",
                    "The local authority, through performance management and monitoring, has an accurate and "
                    + "systematically updated understanding of its effectiveness and uses this to drive improvement.",
                    "Management oversight of practice, including practice scrutiny by senior managers, is "
                    + "established, systematic and used clearly to improve the quality of decisions and the provision "
                    + "of help to children and young people."),
            criterion("workforce",
                    "Workforce",
                    IMPACT_OF_LEADERS, "000 §250",
                    "Careful monitoring of workloads and oversight of the impact of wider systems on working "
                    + "conditions for practitioners ensures that they have the capacity and ability to develop "
                    + "meaningful relationships with children and families. The impact of any systems change is "
                    + "well-managed with a sustained focus on the experience of children and families.",
                    "The local authority social care workforce is sufficient, suitably qualified and accredited to "
                    + "deliver high-quality services to children and their families. Managers and practitioners are "
                    + "experienced, effectively trained and supervised and the quality of their practice improves the "
                    + "lives of vulnerable children, young people and families. There is effective organisational "
                    + "support for the training and professional development of social workers and managers. Leaders "
                    + "and managers have created an environment where good social work can flourish and this is "
                    + "evident in the overall quality and impact of social work."));

    private IlacsCriteria() {
    }

    /** A heading with its "good" descriptors: §248-250 describe good per heading and the other grades per judgement. */
    private static Criterion criterion(String id, String title, String judgement, String source, String... good) {
        return new Criterion(id, title, judgement, source,
                List.of(new GradeDescriptor(IlacsGrades.GOOD, List.of(good), source)));
    }
}
