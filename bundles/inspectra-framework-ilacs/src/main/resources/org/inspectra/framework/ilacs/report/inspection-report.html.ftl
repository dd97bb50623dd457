<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta charset="UTF-8" />
<title>${title}: ${localAuthority.name}</title>
<style>
  body { font-family: sans-serif; font-size: 11pt; }
  .draft { color: #b00; font-weight: bold; border: 2px solid #b00; padding: 4pt; }
  table { border-collapse: collapse; width: 100%; }
  td, th { border: 1px solid #555; padding: 4pt; text-align: left; }
  h2 { page-break-before: auto; }
  .footer { font-size: 8pt; color: #555; }
</style>
</head>
<body>
<#if draft><p class="draft">${draftMark}</p></#if>
<h1>${localAuthority.name}</h1>
<p>${title} (${inspection.typeTitle?lower_case}): ${dates["fieldwork-start"]!""} to ${dates["fieldwork-end"]!""}</p>
<#-- 000 §211: the first page holds the graded judgements and a brief summary. -->
<table>
<tr><th>Judgement</th><th>Grade</th></tr>
<#list judgements as j>
<tr><td>${j.title}</td><td>${j.gradeTitle!""}</td></tr>
</#list>
</table>
<h2>Summary</h2>
<#list judgements as j><#if j.kind == "overall" && j.rationale?has_content><p>${j.rationale}</p></#if></#list>
<#-- 000 §211: the summary answers the four questions, each answer as the lead inspector wrote it. -->
<#list summary as s>
<h3>${s.question}</h3>
<p>${s.answer}</p>
</#list>
<#-- 000 §212, §217: the areas where improvement is needed most, proportionate to the grade. -->
<h2>What needs to improve</h2>
<#if areasForImprovement?has_content || priorityActions?has_content>
<ul>
<#list priorityActions as a><li><strong>Area for priority action:</strong> ${a}</li></#list>
<#list areasForImprovement as a><li>${a}</li></#list>
</ul>
<#else>
<p>No areas for improvement were identified.</p>
</#if>
<#-- 000 §212: a section on each judgement area. -->
<#list judgements as j><#if j.kind != "overall">
<h2>${j.title}: ${j.gradeTitle!""}</h2>
<#if j.rationale?has_content><p>${j.rationale}</p></#if>
<#list j.strengths as s><p>${s}</p></#list>
<#list j.areasForImprovement as a><p>${a}</p></#list>
<#if j.id == "children-in-care"><p>Care leavers: the experiences and progress of care leavers are reported in this
section on every standard and short inspection (000 §219).</p></#if>
</#if></#list>
<p class="footer">${framework.title}, version ${framework.version}. Inspection ${inspection.id}.</p>
</body>
</html>
