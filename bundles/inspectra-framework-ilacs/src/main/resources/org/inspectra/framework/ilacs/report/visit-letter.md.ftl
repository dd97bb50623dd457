<#if draft>**${draftMark}**

</#if>Director of Children's Services, ${localAuthority.name}

# ${title}

This letter summarises the findings of the ${inspection.typeTitle?lower_case} to ${localAuthority.name} children's services on ${dates["fieldwork-start"]!""} and ${dates["fieldwork-end"]!""} (000 §208, §213-214).

<#if priorityActions?has_content>
## Areas for priority action

<#list priorityActions as a>
- ${a}
</#list>

</#if>
## What needs to improve

<#list areasForImprovement as a>
- ${a}
</#list>
<#if !areasForImprovement?has_content>No areas for improvement were identified.
</#if>

## Findings

<#list strengths as s>
${s}

</#list>
${framework.title}, version ${framework.version}. Inspection ${inspection.id}.
