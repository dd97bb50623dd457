<#if draft>**${draftMark}**

</#if># What we found when we visited ${localAuthority.name}

We are Ofsted. We checked how well ${localAuthority.name} helps, protects and looks after children and young people. This is a short summary for you. It is not published (000 §215-216).

## What is going well

<#list strengths as s>
- ${s}
</#list>

## What needs to get better

<#list priorityActions as a>
- ${a}
</#list>
<#list areasForImprovement as a>
- ${a}
</#list>

## Our grades

<#list judgements as j>
- ${j.title}: ${j.gradeTitle!""}
</#list>
