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
<h1>${title}: ${localAuthority.name}</h1>
<#-- 002 §34: the report contents, in order. -->
<h2>About this inspection</h2>
<p>Inspection of services for looked after children and care leavers in ${localAuthority.name}, on site from
${dates["fieldwork-start"]!""} to ${dates["fieldwork-end"]!""}, under ${framework.title} (002 §34).</p>
<h2>Service information</h2>
<p>${localAuthority.name} (local authority ${localAuthority.code}).</p>
<h2>Services for looked after children</h2>
<table>
<tr><th>Heading</th><th>Grade</th></tr>
<#list judgements as j>
<#if j.id == "overall-effectiveness" || j.id == "capacity-to-improve"><tr><td>${j.title}</td><td>${j.gradeTitle!""}</td></tr></#if>
</#list>
<tr><td>Areas for improvement</td><td>No grade</td></tr>
<#list judgements as j>
<#if j.id != "overall-effectiveness" && j.id != "capacity-to-improve"><tr><td>${j.title}</td><td>${j.gradeTitle!""}</td></tr></#if>
</#list>
</table>
<#list judgements as j>
<h2>${j.title}: ${j.gradeTitle!""}</h2>
<#if j.rationale?has_content><p>${j.rationale}</p></#if>
<#list j.strengths as s><p>${s}</p></#list>
<#list j.areasForImprovement as a><p>${a}</p></#list>
</#list>
<h2>Areas for improvement</h2>
<ul><#list priorityActions as a><li>${a}</li></#list><#list areasForImprovement as a><li>${a}</li></#list></ul>
<p>${framework.title}, version ${framework.version}. Inspection ${inspection.id}.</p>
</body>
</html>
