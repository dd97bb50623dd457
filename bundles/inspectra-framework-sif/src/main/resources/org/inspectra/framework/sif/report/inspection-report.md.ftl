<#if draft>**${draftMark}**

</#if># ${localAuthority.name}

${title}, on site ${dates["fieldwork-start"]!""} to ${dates["fieldwork-end"]!""} (004 §9)<#list besides as b>, and ${b.title?lower_case}</#list>.

| Judgement | Grade |
|---|---|
<#list judgements as j>
| ${j.title} | ${j.gradeTitle!""} |
</#list>
<#list besides as b><#list b.judgements as j>
| ${j.title} | ${j.gradeTitle!""} |
</#list></#list>

## What needs to improve

<#list priorityActions as a>
- ${a}
</#list>
<#list areasForImprovement as a>
- ${a}
</#list>
<#list judgements as j>

## ${j.title}: ${j.gradeTitle!""}

<#if j.rationale?has_content>${j.rationale}

</#if><#list j.strengths as s>${s}

</#list><#list j.areasForImprovement as a>${a}

</#list></#list>
<#list besides as b>

## ${b.title}
<#list b.judgements as j>

### ${j.title}: ${j.gradeTitle!""}

<#if j.rationale?has_content>${j.rationale}
</#if></#list></#list>

## Information about this local authority area
<#list context as c>

### ${c.heading}

<#list c.statements as s>${s}

</#list></#list>

---
${framework.title}, version ${framework.version}. Inspection ${inspection.id}.
