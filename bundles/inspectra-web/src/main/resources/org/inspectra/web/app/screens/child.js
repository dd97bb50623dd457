// One child across the inspection's lists: the chronology of every dated event, oldest first, and every list the
// child is on, with its rows.
import { get, seg } from '../api.js';
import { html, date, words } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { table } from '../components/table.js';
import { backLink } from '../components/back-link.js';

export default async function childScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  const [child, chronology] = await Promise.all([
    get(`/inspections/${seg(id)}/children/${seg(params.childId)}`),
    get(`/inspections/${seg(id)}/children/${seg(params.childId)}/chronology`)]);
  const fieldTitles = new Map(ctx.framework.childLists.flatMap((l) => l.fields.map((f) => [`${l.id}/${f.id}`, f.title])));
  inspectionPage(ctx, {
    current: 'child-data',
    title: `Child ${child.childId}`,
    before: backLink(`/inspections/${id}/child-data`, 'Back to child-level data'),
    body: html`<p class="govuk-body">On ${String(child.lists.length)} list${child.lists.length === 1 ? '' : 's'}.</p>
    <h2 class="govuk-heading-m">Chronology</h2>
    ${chronology.events.length === 0 ? html`<p class="govuk-body">No list records a dated event for this child.</p>`
      : table({ caption: `${chronology.events.length} dated event${chronology.events.length === 1 ? '' : 's'}, oldest first`, captionClass: 'govuk-table__caption--s',
        head: ['Date', 'Event', 'From'], classes: 'app-chronology',
        rows: chronology.events.map((e) => [html`<span class="app-nowrap">${date(e.date)}</span>`, words(e.event),
          `${e.listId}, row ${e.row}${e.field ? `, ${fieldTitles.get(`${e.listId}/${e.field}`) || e.field}` : ''}`]) })}
    <h2 class="govuk-heading-m">Lists</h2>
    ${child.lists.map((l) => {
      const fields = [...new Set(l.rows.flatMap((r) => Object.keys(r.values)))];
      return table({ caption: `${l.title} (${l.listId})`, captionClass: 'govuk-table__caption--s', head: ['Row', ...fields.map((f) => fieldTitles.get(`${l.listId}/${f}`) || f)],
        rows: l.rows.map((r) => [String(r.row), ...fields.map((f) => r.values[f] ?? '')]), classes: 'govuk-!-font-size-16', scroll: true });
    })}`,
  });
}
