<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta charset="UTF-8" />
<title>${title}: ${localAuthority.name}</title>
<style> body { font-family: sans-serif; font-size: 11pt; } .draft { color: #b00; font-weight: bold; }
  table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #555; padding: 4pt; } </style>
</head>
<body>
<#if draft><p class="draft">${draftMark}</p></#if>
<h1>${localAuthority.name}</h1>
<p>${title}, on site ${dates["fieldwork-start"]!""} to ${dates["fieldwork-end"]!""} (004 §9)<#list besides as b>,
and ${b.title?lower_case}</#list>.</p>
<table>
<tr><th>Judgement</th><th>Grade</th></tr>
<#list judgements as j><tr><td>${j.title}</td><td>${j.gradeTitle!""}</td></tr></#list>
<#list besides as b><#list b.judgements as j><tr><td>${j.title}</td><td>${j.gradeTitle!""}</td></tr></#list></#list>
</table>
<h2>What needs to improve</h2>
<ul><#list priorityActions as a><li>${a}</li></#list><#list areasForImprovement as a><li>${a}</li></#list></ul>
<#list judgements as j>
<h2>${j.title}: ${j.gradeTitle!""}</h2>
<#if j.rationale?has_content><p>${j.rationale}</p></#if>
<#list j.strengths as s><p>${s}</p></#list>
<#list j.areasForImprovement as a><p>${a}</p></#list>
</#list>
<#-- 004 §9: where a review of the LSCB runs at the same time, the review is part of the report. -->
<#list besides as b>
<h2>${b.title}</h2>
<#list b.judgements as j>
<h3>${j.title}: ${j.gradeTitle!""}</h3>
<#if j.rationale?has_content><p>${j.rationale}</p></#if>
<#list j.strengths as s><p>${s}</p></#list>
<#list j.areasForImprovement as a><p>${a}</p></#list>
</#list>
</#list>
<#-- 004 Annex A: the context section, as the lead inspector wrote it for this inspection. -->
<h2>Information about this local authority area</h2>
<#list context as c>
<h3>${c.heading}</h3>
<#list c.statements as s><p>${s}</p></#list>
</#list>
<p>${framework.title}, version ${framework.version}. Inspection ${inspection.id}.</p>
</body>
</html>
