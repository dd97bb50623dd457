<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta charset="UTF-8" />
<title>${title}: ${localAuthority.name}</title>
<style> body { font-family: sans-serif; font-size: 11pt; } .draft { color: #b00; font-weight: bold; } </style>
</head>
<body>
<#if draft><p class="draft">${draftMark}</p></#if>
<#-- 003 §90: usually addressed to the DCS, the chief executive and the Chair of the LSCB. -->
<p>To: the Director of Children's Services, the Chief Executive and the Chair of the Local Safeguarding Children
Board, ${localAuthority.name}</p>
<h1>${title}</h1>
<p>Targeted inspection of the multi-agency response to children at the front door in ${localAuthority.name}, on site
${dates["fieldwork-start"]!""} to ${dates["fieldwork-end"]!""} (003 §82-90).</p>
<#-- 003 §87: an area for priority action where a serious weakness places children at risk. -->
<#if priorityActions?has_content>
<h2>Areas for priority action</h2>
<ul><#list priorityActions as a><li>${a}</li></#list></ul>
</#if>
<h2>Key strengths</h2>
<#if strengths?has_content><ul><#list strengths as s><li>${s}</li></#list></ul><#else><p>None recorded.</p></#if>
<h2>Areas for development</h2>
<#if areasForImprovement?has_content><ul><#list areasForImprovement as a><li>${a}</li></#list></ul>
<#else><p>None recorded.</p></#if>
<p>${framework.title}, version ${framework.version}. Inspection ${inspection.id}.</p>
</body>
</html>
