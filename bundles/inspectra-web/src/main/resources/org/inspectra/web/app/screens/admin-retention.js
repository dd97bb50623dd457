// Administrators: what the retention job deletes, and when (GET /admin/retention): the days child-level rows are kept
// after an inspection is published, and each published inspection whose rows are still stored, soonest first.
import { get } from '../api.js';
import { html, dateTime } from '../html.js';
import { page } from '../layout.js';
import { authorityNames } from '../data.js';
import { table } from '../components/table.js';
import { insetText } from '../components/inset-text.js';

export default async function adminRetention() {
  const [retention, names] = await Promise.all([get('/admin/retention'), authorityNames()]);
  const due = retention.inspections;
  page({
    title: 'Retention of children\'s data',
    body: html`<h1 class="govuk-heading-l">Retention of children's data</h1>
    ${insetText(retention.days > 0
      ? `The child-level rows of an inspection are deleted ${retention.days} day${retention.days === 1 ? '' : 's'} after it is published. Evidence, findings, judgements, the report, the upload summaries and accepted selections stay.`
      : 'Retention is off (days is 0): the child-level rows of published inspections are kept until retention is turned on.')}
    <p class="govuk-body">The period is set in <code>etc/org.inspectra.retention.cfg</code> (<code>days</code>); a change applies without a restart.</p>
    ${due.length === 0 ? html`<p class="govuk-body">No published inspection has child-level rows stored.</p>`
      : table({ caption: `${due.length} published inspection${due.length === 1 ? '' : 's'} with rows stored, soonest deleted first`, captionClass: 'govuk-table__caption--s',
        head: ['Inspection', 'Published', 'Rows deleted', { text: 'Rows', numeric: true }],
        rows: due.map((d) => [
          html`<a class="govuk-link" href="/inspections/${d.inspectionId}">${names.get(d.localAuthority) || d.localAuthority}</a><br><span class="govuk-hint govuk-!-font-size-16">${Object.entries(d.rows).map(([list, n]) => `${list}: ${n.toLocaleString('en-GB')}`).join(', ')}</span>`,
          dateTime(d.publishedAt), d.deleteAt ? dateTime(d.deleteAt) : 'Never (retention is off)',
          { text: d.totalRows.toLocaleString('en-GB'), numeric: true }]) })}`,
  });
}
