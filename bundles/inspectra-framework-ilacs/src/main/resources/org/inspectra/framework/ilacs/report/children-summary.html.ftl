<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta charset="UTF-8" />
<title>What we found when we visited ${localAuthority.name}</title>
<style> body { font-family: sans-serif; font-size: 13pt; } .draft { color: #b00; font-weight: bold; } </style>
</head>
<body>
<#if draft><p class="draft">${draftMark}</p></#if>
<h1>What we found when we visited ${localAuthority.name}</h1>
<p>We are Ofsted. We checked how well ${localAuthority.name} helps, protects and looks after children and young
people. This is a short summary for you. It is not published (000 §215-216).</p>
<h2>What is going well</h2>
<ul><#list strengths as s><li>${s}</li></#list></ul>
<h2>What needs to get better</h2>
<ul><#list priorityActions as a><li>${a}</li></#list><#list areasForImprovement as a><li>${a}</li></#list></ul>
<h2>Our grades</h2>
<ul><#list judgements as j><li>${j.title}: ${j.gradeTitle!""}</li></#list></ul>
</body>
</html>
