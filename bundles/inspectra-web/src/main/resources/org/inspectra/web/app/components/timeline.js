// A dated timeline in HTML: each milestone's date and title in words, past and to come marked in words as well as
// by the dot, and today placed among them. items: [{id, title, due, source}]
import { html, date } from '../html.js';

export function timeline(items, o = {}) {
  if (!items.length) {
    return '';
  }
  const today = o.today || new Date().toISOString().slice(0, 10);
  const sorted = [...items].sort((a, b) => a.due.localeCompare(b.due));
  const todayAt = sorted.findIndex((m) => m.due >= today);
  const entry = (m) => {
    const past = m.due < today;
    return html`<li class="app-timeline__item${past ? ' app-timeline__item--past' : ''}">
      <span class="app-timeline__date">${date(m.due)}</span>
      <span class="app-timeline__title">${m.title}</span>
      <span class="app-timeline__meta">${past ? 'Past' : m.due === today ? 'Today' : 'To come'}${m.source ? ` · ${m.source}` : ''}</span>
    </li>`;
  };
  const marker = html`<li class="app-timeline__item app-timeline__item--today"><span class="app-timeline__date">Today, ${date(today)}</span></li>`;
  return html`<ol class="app-timeline" aria-label="${o.title || 'Milestones'}">
    ${todayAt === 0 ? marker : ''}
    ${sorted.map((m, i) => html`${i === todayAt && i > 0 ? marker : ''}${entry(m)}`)}
    ${todayAt === -1 ? marker : ''}
  </ol>`;
}
