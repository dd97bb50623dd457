<#if draft>**${draftMark}**

</#if># ${title}: ${localAuthority.name}

## About this inspection

Inspection of services for looked after children and care leavers in ${localAuthority.name}, on site from ${dates["fieldwork-start"]!""} to ${dates["fieldwork-end"]!""}, under ${framework.title} (002 §34).

## Service information

${localAuthority.name} (local authority ${localAuthority.code}).

## Services for looked after children

| Heading | Grade |
|---|---|
<#list judgements as j><#if j.id == "overall-effectiveness" || j.id == "capacity-to-improve">
| ${j.title} | ${j.gradeTitle!""} |
</#if></#list>
| Areas for improvement | No grade |
<#list judgements as j><#if j.id != "overall-effectiveness" && j.id != "capacity-to-improve">
| ${j.title} | ${j.gradeTitle!""} |
</#if></#list>
<#list judgements as j>

## ${j.title}: ${j.gradeTitle!""}

<#if j.rationale?has_content>${j.rationale}

</#if><#list j.strengths as s>${s}

</#list><#list j.areasForImprovement as a>${a}

</#list></#list>
## Areas for improvement

<#list priorityActions as a>
- ${a}
</#list>
<#list areasForImprovement as a>
- ${a}
</#list>

---
${framework.title}, version ${framework.version}. Inspection ${inspection.id}.
