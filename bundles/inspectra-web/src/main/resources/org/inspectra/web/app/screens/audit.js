// An inspection's audit trail: who changed what and when, oldest first (lead inspector and administrators).
import { seg, getAll } from '../api.js';
import { html, dateTime, words } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { table } from '../components/table.js';
import { details } from '../components/details.js';

export default async function auditScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const trail = await getAll(`/inspections/${seg(ctx.inspection.id)}/audit`);
  inspectionPage(ctx, {
    current: 'audit',
    title: 'Audit trail',
    body: table({
      caption: `${trail.length} entr${trail.length === 1 ? 'y' : 'ies'}, oldest first`, captionClass: 'govuk-table__caption--s', scroll: true,
      head: ['When', 'Who', 'What', 'Change'],
      rows: trail.map((e) => [html`<span class="app-nowrap">${dateTime(e.at)}</span>`, e.actor, words(e.action.replace(/\./g, ' ')),
        e.before || e.after ? details('Before and after', html`${e.before ? html`<p class="govuk-body-s"><strong>Before:</strong></p><pre class="app-pre">${e.before}</pre>` : ''}${e.after ? html`<p class="govuk-body-s"><strong>After:</strong></p><pre class="app-pre">${e.after}</pre>` : ''}`) : '']),
    }),
  });
}
