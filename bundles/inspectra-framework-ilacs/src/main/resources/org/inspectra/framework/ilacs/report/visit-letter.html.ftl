<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta charset="UTF-8" />
<title>${title}: ${localAuthority.name}</title>
<style> body { font-family: sans-serif; font-size: 11pt; } .draft { color: #b00; font-weight: bold; } </style>
</head>
<body>
<#if draft><p class="draft">${draftMark}</p></#if>
<p>Director of Children's Services, ${localAuthority.name}</p>
<h1>${title}</h1>
<p>This letter summarises the findings of the ${inspection.typeTitle?lower_case} to ${localAuthority.name}
children's services on ${dates["fieldwork-start"]!""} and ${dates["fieldwork-end"]!""} (000 §208, §213-214).</p>
<#-- 000 §213: if inspectors find serious weaknesses, a section on areas for priority action. -->
<#if priorityActions?has_content>
<h2>Areas for priority action</h2>
<ul><#list priorityActions as a><li>${a}</li></#list></ul>
</#if>
<h2>What needs to improve</h2>
<#if areasForImprovement?has_content><ul><#list areasForImprovement as a><li>${a}</li></#list></ul>
<#else><p>No areas for improvement were identified.</p></#if>
<h2>Findings</h2>
<#list strengths as s><p>${s}</p></#list>
<p>${framework.title}, version ${framework.version}. Inspection ${inspection.id}.</p>
</body>
</html>
