// One child across the inspection's lists: every list the child is on, with its rows.
import { get, seg } from '../api.js';
import { html } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { table } from '../components/table.js';
import { backLink } from '../components/back-link.js';

export default async function childScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  const child = await get(`/inspections/${seg(id)}/children/${seg(params.childId)}`);
  const fieldTitles = new Map(ctx.framework.childLists.flatMap((l) => l.fields.map((f) => [`${l.id}/${f.id}`, f.title])));
  inspectionPage(ctx, {
    current: 'child-data',
    title: `Child ${child.childId}`,
    before: backLink(`/inspections/${id}/child-data`, 'Back to child-level data'),
    body: html`<p class="govuk-body">On ${String(child.lists.length)} list${child.lists.length === 1 ? '' : 's'}.</p>
    ${child.lists.map((l) => {
      const fields = [...new Set(l.rows.flatMap((r) => Object.keys(r.values)))];
      return table({ caption: `${l.title} (${l.listId})`, head: ['Row', ...fields.map((f) => fieldTitles.get(`${l.listId}/${f}`) || f)],
        rows: l.rows.map((r) => [String(r.row), ...fields.map((f) => r.values[f] ?? '')]), classes: 'govuk-!-font-size-16' });
    })}`,
  });
}
