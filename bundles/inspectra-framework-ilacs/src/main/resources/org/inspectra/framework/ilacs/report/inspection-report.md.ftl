<#if draft>**${draftMark}**

</#if># ${localAuthority.name}

${title} (${inspection.typeTitle?lower_case}): ${dates["fieldwork-start"]!""} to ${dates["fieldwork-end"]!""}

| Judgement | Grade |
|---|---|
<#list judgements as j>
| ${j.title} | ${j.gradeTitle!""} |
</#list>

## Summary

<#list judgements as j><#if j.kind == "overall" && j.rationale?has_content>${j.rationale}

</#if></#list>
<#list summary as s>
### ${s.question}

${s.answer}

</#list>
## What needs to improve

<#list priorityActions as a>
- **Area for priority action:** ${a}
</#list>
<#list areasForImprovement as a>
- ${a}
</#list>
<#if !areasForImprovement?has_content && !priorityActions?has_content>No areas for improvement were identified.
</#if>
<#list judgements as j><#if j.kind != "overall">

## ${j.title}: ${j.gradeTitle!""}

<#if j.rationale?has_content>${j.rationale}

</#if><#list j.strengths as s>${s}

</#list><#list j.areasForImprovement as a>${a}

</#list><#if j.id == "children-in-care">Care leavers: the experiences and progress of care leavers are reported in this section on every standard and short inspection (000 §219).
</#if></#if></#list>

---
${framework.title}, version ${framework.version}. Inspection ${inspection.id}.
