<#if draft>**${draftMark}**

</#if>To: the Director of Children's Services, the Chief Executive and the Chair of the Local Safeguarding Children Board, ${localAuthority.name}

# ${title}

Targeted inspection of the multi-agency response to children at the front door in ${localAuthority.name}, on site ${dates["fieldwork-start"]!""} to ${dates["fieldwork-end"]!""} (003 §82-90).

<#if priorityActions?has_content>
## Areas for priority action

<#list priorityActions as a>
- ${a}
</#list>

</#if>
## Key strengths

<#list strengths as s>
- ${s}
</#list>

## Areas for development

<#list areasForImprovement as a>
- ${a}
</#list>

---
${framework.title}, version ${framework.version}. Inspection ${inspection.id}.
