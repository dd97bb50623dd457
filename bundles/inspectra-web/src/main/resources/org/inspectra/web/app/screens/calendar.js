// The calendar across local authorities: every open inspection's milestones on one timeline (Gantt-like), today
// marked, and clashes (fieldwork at the same time for the same person) named in words.
import { get, getAll } from '../api.js';
import { html, date, words } from '../html.js';
import { page } from '../layout.js';
import { authorityNames } from '../data.js';
import { gantt } from '../components/gantt.js';
import { table } from '../components/table.js';
import { tag } from '../components/tag.js';
import { warningText } from '../components/warning-text.js';
import { details } from '../components/details.js';

const FINISHED = ['published', 'closed'];

function fieldwork(i) {
  const start = i.milestones.find((m) => m.id === 'fieldwork-start')?.due;
  const end = i.milestones.find((m) => m.id === 'fieldwork-end')?.due;
  return start && end ? { start, end } : null;
}

export default async function calendarScreen() {
  const [all, names] = await Promise.all([getAll('/inspections'), authorityNames()]);
  const open = all.filter((i) => !FINISHED.includes(i.status))
    .sort((a, b) => a.notifiedOn.localeCompare(b.notifiedOn));
  const clashes = [];
  open.forEach((a, n) => open.slice(n + 1).forEach((b) => {
    const fa = fieldwork(a);
    const fb = fieldwork(b);
    if (!fa || !fb || fa.end < fb.start || fb.end < fa.start) {
      return;
    }
    const shared = a.team.map((m) => m.user).filter((u) => b.team.some((m) => m.user === u));
    if (shared.length) {
      clashes.push({ a, b, shared, from: fa.start > fb.start ? fa.start : fb.start });
    }
  }));
  const clashing = new Set(clashes.flatMap((c) => [c.a.id, c.b.id]));
  const label = (i) => `${names.get(i.localAuthority) || i.localAuthority}: ${words(i.type)}`;
  page({
    title: 'Calendar',
    body: html`<h1 class="govuk-heading-l">Calendar</h1>
    <p class="govuk-body">Every open inspection from notification to its last milestone; diamonds are milestones. ${String(open.length)} open inspection${open.length === 1 ? '' : 's'}.</p>
    ${clashes.length ? html`${warningText(`${clashes.length} clash${clashes.length === 1 ? '' : 'es'}: the same people on fieldwork at the same time`)}
      <ul class="govuk-list govuk-list--bullet" id="clashes">${clashes.map((c) => html`<li>${c.shared.join(', ')}: <a class="govuk-link" href="/inspections/${c.a.id}">${label(c.a)}</a> and <a class="govuk-link" href="/inspections/${c.b.id}">${label(c.b)}</a> from ${date(c.from)}</li>`)}</ul>` : ''}
    ${gantt(open.map((i) => {
      const dates = i.milestones.map((m) => m.due).sort();
      return { label: label(i), start: i.notifiedOn, end: dates[dates.length - 1] || i.notifiedOn, marks: i.milestones, highlight: clashing.has(i.id) };
    }), { id: 'calendar', title: 'Open inspections on a timeline, today marked' })}
    ${table({ caption: 'Open inspections', scroll: true, head: ['Inspection', 'Status', 'Fieldwork', 'Milestones'],
      rows: open.map((i) => {
        const f = fieldwork(i);
        return [html`<a class="govuk-link" href="/inspections/${i.id}">${label(i)}</a>${clashing.has(i.id) ? html`<br><strong class="govuk-tag govuk-tag--orange">Clash</strong>` : ''}`,
          tag(i.status), f ? `${date(f.start)} to ${date(f.end)}` : 'None',
          details(`${i.milestones.length} milestones`, html`<ul class="govuk-list govuk-!-font-size-16">${[...i.milestones].sort((x, y) => x.due.localeCompare(y.due)).map((m) => html`<li>${date(m.due)}: ${m.title}</li>`)}</ul>`)];
      }) })}`,
  });
}
