package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifJudgements.ADOPTION_PERFORMANCE;
import static org.inspectra.framework.sif.internal.SifJudgements.CARE_LEAVERS;
import static org.inspectra.framework.sif.internal.SifJudgements.HELP_AND_PROTECTION;
import static org.inspectra.framework.sif.internal.SifJudgements.LEADERSHIP_MANAGEMENT_GOVERNANCE;
import static org.inspectra.framework.sif.internal.SifJudgements.LOOKED_AFTER_AND_PERMANENCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.GradeDescriptor;

/**
 * The evaluation criteria of the SIF evaluation schedule that inspectors record evidence against: each bullet of a
 * judgement's "likely to be judged good if" list (004 §29, §31, §32, §34, §35), 76 in all. The seed gives them no
 * headings, so a criterion is titled by the bullet's first sentence and carries the whole bullet as its "good"
 * descriptor; its id is the judgement id with the bullet's number in the seed's order ({@code care-leavers-03} is the
 * third bullet of §34).
 *
 * <p>Text is as published, with PDF line breaks, page furniture, bold marks and footnote markers (18-30) removed and
 * three words the PDF extraction ran together at a line-end hyphen restored ("information-sharing", "multi-agency",
 * "Research-informed"); the seed's own slips ("protected thorough effective multi-agency arrangements") are kept.
 */
final class SifCriteria {

    private static final String HELP_AND_PROTECTION_SOURCE = "004 §29";
    private static final String LOOKED_AFTER_SOURCE = "004 §31";
    private static final String ADOPTION_SOURCE = "004 §32";
    private static final String CARE_LEAVERS_SOURCE = "004 §34";
    private static final String LEADERSHIP_SOURCE = "004 §35";

    /** 004 §29: "A local authority is likely to be judged good if:" (help and protection), 21 bullets. */
    static final List<String> HELP_AND_PROTECTION_GOOD = List.of(
            // 1
            "Children and young people are listened to, practice is focused on their needs and experiences and "
            + "influenced by their wishes and feelings or, where they cannot represent their view themselves, those "
            + "advocated on their behalf. They are consistently seen and seen alone by social workers where "
            + "statutory guidance requires that this should happen and it is professionally judged to be in the best "
            + "interests of the child.",
            // 2
            "Children, young people and families benefit from stable and meaningful relationships with social "
            + "workers. They are engaged in all actions and decisions and understand the intentions of the help they "
            + "receive. Where families refuse to engage there are continued attempts to help them to do so. However, "
            + "where there are concerns about the safety and protection of children and parents do not engage, there "
            + "is a full risk assessment and urgent involvement of a senior manager in all decisions about next "
            + "steps.",
            // 3
            "Children, young people and families are offered help when needs and/or concerns are first identified "
            + "and, as a consequence of the early help offered, children's circumstances improve and, in some cases, "
            + "the need for targeted services is lessened or avoided. The interface between early help and statutory "
            + "child protection work is clearly and effectively differentiated.",
            // 4
            "Information-sharing between agencies and professionals is timely, specific and effective and takes full "
            + "account of the requirements set out in legislation and guidance about the need to obtain parental "
            + "consent for enquiries to be made, except where in seeking that consent a child is likely to suffer "
            + "significant harm or further harm.",
            // 5
            "Children and young people in need of help and protection are identified by professionals, including "
            + "those in adult services, and appropriate referrals are made to children's social care. Social work "
            + "expertise and advice is available to support other professionals in determining the best steps to "
            + "take next. There is a timely and effective response to referrals, including out of normal office "
            + "hours.",
            // 6
            "Thresholds for intervention accord with the requirements of legislation, are appropriate, understood by "
            + "partners, consistently applied, well embedded, reviewed and updated regularly. Drift and delay are "
            + "avoided.",
            // 7
            "Children and young people receive help that is proportionate to risk; children and families are not "
            + "routinely subjected to formal child protection investigations if these are not necessary.",
            // 8
            "Child protection enquiries are thorough and timely, informed by a decision made in a strategy meeting, "
            + "except in emergencies where there must be evidence of immediate risk of harm to a child, and always "
            + "led by a suitably qualified and experienced registered social worker. Findings in relation to "
            + "significant harm are clear and result in urgent action to protect children and young people.",
            // 9
            "Decision-making is undertaken by suitably qualified and experienced social workers and managers, with "
            + "decisions, all actions and engagement with the family and other professionals clearly recorded.",
            // 10
            "For children who need help and protection, assessments (including common or early help assessments) are "
            + "timely, proportionate to risk, and informed by research and by the historical context and significant "
            + "events for each case. They result in direct work with families, develop in response to that direct "
            + "work, and they address all domains of the local framework for assessment. Senior managers have "
            + "responsibility for authorising the recommended next steps.",
            // 11
            "Assessments (including children in need assessments) result in a direct offer of help to address any "
            + "identified needs. Assessments and plans are dynamic and change in the light of emerging issues and "
            + "risks. Authoritative action is taken where change is not secured and the risk to children intensifies "
            + "or remains.",
            // 12
            "Children in need have a plan setting out the help that is offered. Children and young people who need "
            + "protection are subject to a child protection plan that clearly identifies the work that will be "
            + "offered to help the family and the necessary changes to be achieved within appropriate timescales for "
            + "the child or young person. Social workers engage with the family who understand the help they will "
            + "receive, what has to change and the options for the future.",
            // 13
            "Plans and decisions are reviewed and alternative authoritative action is taken where the circumstances "
            + "for children do not change and the risk of harm or actual harm remains or intensifies.",
            // 14
            "Children and young people are protected thorough effective multi-agency arrangements. Case conferences, "
            + "strategy meetings, core groups and multi-agency risk assessment conferences (MARAC) are attended by "
            + "key participants and are effective forums for timely information-sharing, planning and risk-based "
            + "decision-making.",
            // 15
            "Children and young people who live in households where at least one parent or carer misuses substances "
            + "or suffers from mental ill-health, or where there is domestic violence, are helped and protected. "
            + "Incidents are monitored and multi-agency responses are effective and coordinated between agencies, "
            + "including management through MARAC.",
            // 16
            "Children and young people who are missing from home, care or full-time school education and those at "
            + "risk of sexual exploitation and trafficking receive well-coordinated responses that reduce the harm "
            + "or risk of harm to them. Risks are well understood and minimised. Local authorities, schools and "
            + "local police are aware of, and implement in full, the requirements of the statutory guidance for "
            + "children and young people who are missing. Comprehensive records are held and shared between agencies "
            + "to help and protect children and young people. Together they take steps to ensure that all children, "
            + "including those who are excluded from school, are safe and that for those who are missing or often "
            + "missing there is a clear plan of urgent action in place to protect them and to reduce the risk of "
            + "harm or further harm.",
            // 17
            "Children and young people who are privately fostered are identified by the local authority, in "
            + "conjunction with partners. Once they are identified, the local authority discharges in full its "
            + "statutory responsibility to ensure that they are safe and that their health and well-being are "
            + "properly promoted.",
            // 18
            "Allegations of abuse, mistreatment or poor practice by professionals and carers are taken seriously. "
            + "Steps are taken to protect children and young people and the management of allegations is robust and "
            + "effective.",
            // 19
            "Practice is informed by feedback from children and their families about the effectiveness of the help, "
            + "care or support they receive from the time it is first needed until it ends.",
            // 20
            "Children, young people and families have timely access to, and use the services of, an advocate where "
            + "appropriate.",
            // 21
            "Help and protection for children and young people is sensitive and responsive to age, disability, "
            + "ethnicity, faith or belief, gender, gender identity, language, race and sexual orientation.");

    /**
     * 004 §31: "A local authority is likely to be judged good if:" (children looked after and achieving permanence),
     * 28 bullets. Ten of them end "(applies to adoption judgement)" in the seed; the label is kept out of the statement
     * and held in {@link #LOOKED_AFTER_BULLETS_FOR_ADOPTION}.
     */
    static final List<String> LOOKED_AFTER_GOOD = List.of(
            // 1
            "Decisions to look after children and young people are timely and made only when it is in their best "
            + "interests. Those decisions are based on clear, effective, comprehensive and risk-based assessments "
            + "involving other professionals working with the family where appropriate.",
            // 2
            "There is evidence of the effective use of the Public Law Outline, including letters before proceedings, "
            + "family group conferences and parallel planning. Care is used only if this is in the child's best "
            + "interests. Children and young people are safely and successfully returned home; where this is not "
            + "possible for them, permanent plans are made for them to live away from the family home. Families are "
            + "made aware of, and encouraged to access, legal advice and advocacy.",
            // 3
            "Where the plan for a child or young person is to return home, there is evidence of purposeful work to "
            + "help the family to change so it is safe for the child to return. Further episodes of being looked "
            + "after are avoided unless they are provided as a part of a plan of support.",
            // 4
            "Applications and assessments for care or other orders are accepted by the courts, minimise the "
            + "appointment of experts and avoid unnecessary delay. The wishes and feelings of children and young "
            + "people, and those of their parents, are clearly set out and contemporary. Viability assessments of "
            + "members of the family are carried out promptly to a good standard and sequential assessments are "
            + "avoided.",
            // 5
            "Children and young people are seen by their social worker alone and understand what is happening to "
            + "them. Professionals and carers, who know them well, develop positive relationships with them and are "
            + "committed to protecting them and promoting their welfare. Children and young people are helped to "
            + "understand their rights and the responsibilities that accompany those rights and legal entitlements. "
            + "They understand how to complain and have access to an advocate and independent visitor. Complaints "
            + "are treated seriously and result in a clear response, urgent action and improved services where that "
            + "is required. Senior managers regularly review and act upon complaints from looked after children.",
            // 6
            "Children and young people are protected or helped to keep themselves safe from bullying, homophobic "
            + "behaviour and other forms of discrimination.",
            // 7
            "Any risks associated with children and young people offending, misusing drugs or alcohol, going missing "
            + "or being sexually exploited are known by the local authority and by adults who care for them. There "
            + "are plans and help in place that are reducing the risk of harm or actual harm and these are kept "
            + "under regular review by senior managers.",
            // 8
            "Children and young people are in good health or are being helped to improve their health and their "
            + "health needs are identified. Child and adolescent mental health provision, therapeutic help and "
            + "services for learning or physically disabled children and young people are available when needed and "
            + "for as long as they are required.",
            // 9
            "Children and young people attend school or other educational provision and they learn. Accurate and "
            + "timely assessments of their needs, as well as specialist support where it is needed, help them to "
            + "make good progress in their learning and development wherever they live. They receive the same "
            + "support from their carers as they would from a good parent. The attainment gap between them and their "
            + "peers is narrowing. The local authority maintains accurate and up-to-date information about how "
            + "looked after children are progressing at school and takes urgent and individual action when they are "
            + "not achieving well. All looked after children and young people attend a good school.",
            // 10
            "Children and young people who do not attend school have access to 25 hours per week of good-quality "
            + "registered alternative provision. They are encouraged and supported to attend the provision and there "
            + "is regular review of their progress. Urgent action to protect children is taken where they are "
            + "missing from school or their attendance noticeably reduces.",
            // 11
            "The local authority holds clear records in respect of the numbers of children receiving alternative "
            + "education and for those missing from education.",
            // 12
            "Social workers, residential staff and carers support children and young people to enjoy what they do "
            + "and to access a range of social, educational and recreational opportunities. Those adults have "
            + "delegated authority to make decisions about children's access to recreation and leisure activities.",
            // 13
            "Children and young people live in safe, stable and appropriate homes or families with their brothers "
            + "and sisters when this is in their best interests. They move only in accordance with care plans, when "
            + "they are at risk of harm or are being harmed. They do not live in homes that fail to meet their needs "
            + "and they do not move frequently.",
            // 14
            "Care plans comprehensively address the needs and experiences of children and young people. They are "
            + "regularly and independently reviewed, involving as appropriate the child or young person's parents, "
            + "kinship carers (connected persons), foster carers, residential staff and other adults who know them. "
            + "This helps ensure that the placement and plans for their future continue to be appropriate as well as "
            + "ambitious.",
            // 15, labelled (applies to adoption judgement)
            "Children and young people have appropriate, carefully assessed and supported contact with family and "
            + "friends and other people who are important to them.",
            // 16, labelled (applies to adoption judgement)
            "Children and young people who live away from their 'home' authority have immediate access to education "
            + "and health services that meet their needs as soon as they begin to live outside of their 'home' area. "
            + "Placing authorities adhere to the requirements of the placement regulations including notifying the "
            + "'receiving' authority that a child is moving to the area and assessing the adequacy of resources to "
            + "meet the child's need before the placement is made.",
            // 17, labelled (applies to adoption judgement)
            "The placement of children and young people into homes and families that meet their needs is effective "
            + "because there is a comprehensive range and choice available.",
            // 18, labelled (applies to adoption judgement)
            "Family-finding strategies are informed by the assessed needs of children and young people. There is "
            + "decisive action to find families and the avoidance of drift and delay is a priority. Respite care is "
            + "only used when this is in the best interests of children and young people.",
            // 19
            "The recruitment, assessment, training, support, supervision, review and retention of foster carers "
            + "including kinship carers (connected persons) and, as appropriate, special guardians, ensures that "
            + "families approved are safe and sufficient in number to care for children and young people with a wide "
            + "range of needs. This enables children to be placed with their brothers and sisters and have contact "
            + "with their birth family and friends when this is in their best interests.",
            // 20
            "Children and young people whose care and support is provided through a 'social work practice' service "
            + "receive the same high-quality help that they could expect from the social work service provided "
            + "directly by a local authority.",
            // 21, labelled (applies to adoption judgement)
            "Early planning and case management results in appropriate permanent placements, including Special "
            + "Guardianship or Child Arrangements Orders, that meet the needs of children and young people without "
            + "delay or unnecessary moves.",
            // 22, labelled (applies to adoption judgement)
            "Well-trained and supported social workers engage effectively with the Children and Family Court "
            + "Advisory Support Service (Cafcass), courts and other partners, including health professionals, to "
            + "reduce any unnecessary delay in proceedings or in achieving permanence and to support arrangements "
            + "once they are made.",
            // 23, labelled (applies to adoption judgement)
            "Children and young people are effectively prepared for, and carefully matched with, a permanent "
            + "placement. Their wishes and feelings are understood and influence the decisions about where they "
            + "live.",
            // 24, labelled (applies to adoption judgement)
            "Children and young people are helped to develop secure primary attachments with the adults caring for "
            + "them. Social workers help them to understand their lives and their identities through life history "
            + "work that is effective and provided when they need it. Therapeutic materials are made available to "
            + "the child and their family when and wherever the child is placed.",
            // 25, labelled (applies to adoption judgement)
            "Plans to make permanent arrangements for children and young people are effectively and regularly "
            + "reviewed by independent reviewing officers (IROs). IROs bring rigour and challenge to the care "
            + "planning and monitor the performance of the local authority as a corporate parent, escalating issues "
            + "as appropriate. They enable timely plans to be agreed to meet the needs of children and to ensure "
            + "that their best interests remain paramount. IROs engage with children's guardians and there is "
            + "evidence that this is focused on what children need and how the plans for them can be properly "
            + "progressed.",
            // 26
            "Case records reflect the work that is undertaken with children and clearly relate to the plans for "
            + "their futures. The style and clarity of records enhances the understanding that children and young "
            + "people have about their histories and experiences.",
            // 27
            "Children and young people are represented by a Children in Care Council or similar body which is "
            + "regularly consulted on how to improve the support they receive.",
            // 28, labelled (applies to adoption judgement)
            "Children and young people receive care that is sensitive and responsive to age, disability, ethnicity, "
            + "faith or belief, gender, gender identity, language, race and sexual orientation.");

    /**
     * 004 §32, footnote 28: the bullets of §31 "clearly labelled as applying to children where adoption is being
     * considered or is planned", by their number in §31. Adoption "is likely to be judged good if the criteria
     * identified in the earlier judgement for looked after children (where adoption is being considered or is the
     * plan) are met and in addition" its own five (§32), so evidence against these ten informs both judgements.
     */
    static final List<Integer> LOOKED_AFTER_BULLETS_FOR_ADOPTION = List.of(15, 16, 17, 18, 21, 22, 23, 24, 25, 28);

    /** 004 §32: what adoption needs "in addition" to the labelled criteria of §31, 5 bullets. */
    static final List<String> ADOPTION_GOOD = List.of(
            // 1
            "Adoption is considered for all children who are unable to return home or to their birth families and "
            + "who need a permanent alternative home.",
            // 2
            "The local authority demonstrates a sense of urgency and care in all adoption work including the "
            + "appropriate use of concurrent and parallel planning, the Adoption Register and Fostering for "
            + "adoption, resulting in children being able to live at the earliest opportunity with an adoptive "
            + "family who are able to meet their needs.",
            // 3
            "Recruitment, preparation, prompt assessment, training and support of adopters enables them to meet the "
            + "needs of children and young people and to keep them safe. Those arrangements support the placement of "
            + "children with their brothers and sisters where this is in their best interests and sufficient "
            + "families are available to accommodate sibling groups, older children and children with complex needs.",
            // 4
            "The panel and agency decision-maker ensure that children are effectively matched with the most "
            + "appropriate families and the panel promotes good practice through its work and regular reports to the "
            + "local authority.",
            // 5
            "Children who are adopted, their adoptive families, their birth relatives and adopted adults are "
            + "informed of their entitlement to receive an assessment of their adoption support needs. When support "
            + "is needed, it is provided quickly, effectively and leads to improved circumstances for the children, "
            + "young people, families and carers involved.");

    /** 004 §34: "The experiences and progress of care leavers is likely to be judged to be good if:", 11 bullets. */
    static final List<String> CARE_LEAVERS_GOOD = List.of(
            // 1
            "Care leavers are safe and feel safe, particularly where they are living, and are helped to understand "
            + "how their life choices will affect their safety and well-being. Any risks associated with offending, "
            + "drug or alcohol misuse, going missing or with sexual exploitation are known by adults who have a "
            + "responsibility for them and effective plans are in place to reduce the risk of or actual harm to "
            + "them. Care leavers are supported to take responsibility for their behaviour.",
            // 2
            "Pathway planning is effective and plans (including transition planning for looked after children with "
            + "learning difficulties and/or disabilities) address all young people's needs and are updated as "
            + "circumstances change.",
            // 3
            "The health needs of care leavers are clearly assessed, prioritised and met. Child and adolescent mental "
            + "health services, adult mental health provision, therapeutic help and services for learning or "
            + "physically disabled young people and adults are available when they are needed.",
            // 4
            "Care leavers have access to and understand their full health history and are provided with all key "
            + "documents they need to begin their lives as young adults, for example national insurance numbers, "
            + "birth certificates and passports.",
            // 5
            "Care leavers develop the skills and confidence they need to maximise their chances of successful "
            + "maturity to adulthood, including parenthood. This includes learning to budget, to live independently "
            + "and to manage safe relationships and behaviour. Care leavers form and maintain relationships with "
            + "carers and staff from the local authority and develop supportive relationships within the community, "
            + "including where appropriate contact with family and friends. They are confident that the local "
            + "authority will act as a reasonable parent in supporting their transition into adulthood and providing "
            + "practical, emotional and financial support until they are at least 21 and, where necessary, until "
            + "they are 25. This will include the availability of a trusted and known adult (for example, the "
            + "allocated personal adviser or their social worker) to support them.",
            // 6
            "Care leavers succeed in their transition to greater independence and adulthood at a time that is right "
            + "for them. Young people aged 16 and 17 are encouraged to remain looked after until their 18th birthday "
            + "where (and this will usually be the case) this is in their best interest. They can remain in "
            + "placements beyond their 18th birthday or, where more appropriate, live in permanent and affordable "
            + "accommodation that meets their needs and those of their children, where relevant.",
            // 7
            "Care leavers have access to appropriate education and employment opportunities, including work "
            + "experience and apprenticeships. They are encouraged and supported to continue their education and "
            + "training, including those aged 21 to 24 years. Care leavers are progressing well and achieving their "
            + "full potential through life choices, either in their attainment in further and higher education or in "
            + "their chosen career/occupation.",
            // 8
            "Care leavers are positive about themselves. Their achievements are celebrated and the local authority "
            + "shows they are positive and proud of their care leavers.",
            // 9
            "Care leavers are helped to find housing solutions that best meet their needs. Risks of tenancy "
            + "breakdown are identified and alternative plans are in place.",
            // 10
            "Accommodation for care leavers is appropriate for each young person to safely develop their "
            + "independence skills. Houses of multiple occupancy are only used when it is a young person's preferred "
            + "option and it can demonstrably be shown to be in their best interests.",
            // 11
            "Care leavers are provided with information (including through the care leaver's pledge) about their "
            + "legal entitlements such as access to their records, assistance to find employment (including work "
            + "experience), training, financial support and how to complain where necessary supported by an "
            + "advocate.");

    /** 004 §35: "Leadership, management and governance are likely to be judged good if:", 11 bullets. */
    static final List<String> LEADERSHIP_GOOD = List.of(
            // 1
            "Local authority senior managers, leaders and elected members discharge their individual and collective "
            + "statutory responsibilities. There are clear lines of accountability and governance with a clear "
            + "distinction between political, strategic and operational roles. Leaders, including elected members "
            + "and managers, have a comprehensive and current knowledge of what is happening at the 'front line' and "
            + "how well children and young people are helped, cared for and protected.",
            // 2
            "The local authority has detailed and relevant knowledge of its local communities, including looked "
            + "after children and care leavers. Commissioned and in-house services respond to and meet the needs of "
            + "local children, young people and families in need of help, care and protection. The local authority "
            + "works effectively with other strategic bodies such as the LSCB, the Health and Well-being Board and "
            + "Clinical Commissioning Groups to promote and secure a sufficient range of good-quality provision to "
            + "meet local need. This should include services, placements and adoptive families for children and "
            + "young people for whom the authority has a statutory responsibility and where necessary for vulnerable "
            + "adults who are also parents.",
            // 3
            "The joint strategic needs assessment and the sufficiency statements are aligned and set out clear local "
            + "priorities and the range of available services that respond to and meet the needs of local children, "
            + "young people and families in need of help, care and protection.",
            // 4
            "The local authority is an active, strong and committed corporate parent that knows the children and "
            + "young people it looks after well. It is an effective and successful champion of their progress "
            + "(particularly in education and learning) and an ambitious corporate parent, ensuring that each child "
            + "has every opportunity to succeed. It actively challenges and engages partners where appropriate to "
            + "support children and young people, such as engaging the local authority strategic housing function.",
            // 5
            "The DCS works closely with the LSCB chair. The Chief Executive, drawing on other LSCB partners and, "
            + "where appropriate, the Lead Member will hold the chair to account for the effective working of the "
            + "LSCB.",
            // 6
            "The local authority, through performance management and monitoring, has an accurate and systematically "
            + "updated understanding of its effectiveness. It demonstrates a track record of dealing rigorously and "
            + "effectively with areas for development. Leaders, including elected members and managers, have a "
            + "comprehensive and current knowledge of what is happening at the 'front line' and a track record of "
            + "responding appropriately and quickly to service deficiencies or new demands",
            // 7
            "Management oversight of practice, including practice scrutiny by senior managers, is established, "
            + "systematic and demonstrably used to improve the quality of decisions and the provision of help to "
            + "children and young people.",
            // 8
            "The local authority knows itself well, is a learning organisation and can demonstrate evidence of "
            + "practice that is informed, modified and sustainably improved by feedback, research and intelligence "
            + "about the quality of services and the experiences of children, young people and families who use "
            + "them. This may, for example, include feedback from the children in care council, change that arises "
            + "from complaints that children and families make about their experiences or from successful or "
            + "disrupted placements or adoption breakdown.",
            // 9
            "Effective relationships with Cafcass, the health community, the family courts and the local Family "
            + "Justice Board ensure that avoidable delay in care proceedings is reduced and children, young people "
            + "and their families benefit from efficient and effective progress through legal proceedings.",
            // 10
            "The local authority social care workforce is sufficient, stable, suitably qualified and competent to "
            + "deliver high-quality services to children and their families. Managers and practitioners are "
            + "experienced, effectively trained and supervised and the quality of their practice improves the lives "
            + "of vulnerable children, young people and families. There is effective organisational support for the "
            + "professional development of social workers with reference to the employer standards, and leaders "
            + "provide the right environment for good social work to take place.",
            // 11
            "Where a local authority delegates any of its statutory functions to a 'social work practice', "
            + "commissioning and contract compliance ensures those children and young people receiving this service "
            + "progress at least as well as those served by a good local authority.");

    /** A sentence ends at a full stop or question mark followed by the next sentence's capital or quotation mark. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.*?)[.?](?= [A-Z']|$)");

    static final List<Criterion> ALL = concat(
            criteria(HELP_AND_PROTECTION, HELP_AND_PROTECTION_SOURCE, HELP_AND_PROTECTION_GOOD),
            criteria(LOOKED_AFTER_AND_PERMANENCE, LOOKED_AFTER_SOURCE, LOOKED_AFTER_GOOD),
            criteria(ADOPTION_PERFORMANCE, ADOPTION_SOURCE, ADOPTION_GOOD),
            criteria(CARE_LEAVERS, CARE_LEAVERS_SOURCE, CARE_LEAVERS_GOOD),
            criteria(LEADERSHIP_MANAGEMENT_GOVERNANCE, LEADERSHIP_SOURCE, LEADERSHIP_GOOD));

    /** Ids of the criteria of §31 that also inform adoption performance (§32, footnote 28). */
    static final Set<String> ALSO_INFORM_ADOPTION = Set.copyOf(LOOKED_AFTER_BULLETS_FOR_ADOPTION.stream()
            .map(n -> id(LOOKED_AFTER_AND_PERMANENCE, n))
            .toList());

    /** The "good" statements of each judgement that has criteria, by judgement id. */
    static final Map<String, List<String>> GOOD_BY_JUDGEMENT = Map.of(
            HELP_AND_PROTECTION, HELP_AND_PROTECTION_GOOD,
            LOOKED_AFTER_AND_PERMANENCE, LOOKED_AFTER_GOOD,
            ADOPTION_PERFORMANCE, ADOPTION_GOOD,
            CARE_LEAVERS, CARE_LEAVERS_GOOD,
            LEADERSHIP_MANAGEMENT_GOVERNANCE, LEADERSHIP_GOOD);

    private SifCriteria() {
    }

    /** The criterion id of bullet {@code number} (from 1) of a judgement's "good" list. */
    static String id(String judgement, int number) {
        return String.format("%s-%02d", judgement, number);
    }

    /** The first sentence of a statement without its closing full stop: the criterion's title. */
    static String title(String statement) {
        Matcher m = FIRST_SENTENCE.matcher(statement);
        if (!m.find()) {
            throw new IllegalArgumentException("no sentence in: " + statement);
        }
        return m.group(1);
    }

    private static List<Criterion> criteria(String judgement, String source, List<String> statements) {
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            String statement = statements.get(i);
            criteria.add(new Criterion(id(judgement, i + 1), title(statement), judgement, source,
                    List.of(new GradeDescriptor(SifGrades.GOOD, List.of(statement), source))));
        }
        return criteria;
    }

    @SafeVarargs
    private static List<Criterion> concat(List<Criterion>... parts) {
        List<Criterion> all = new ArrayList<>();
        for (List<Criterion> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
