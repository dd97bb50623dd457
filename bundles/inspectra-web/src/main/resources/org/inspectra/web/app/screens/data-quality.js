// An inspection's data-quality report (GET …/data-quality): every consistency rule run across the child-level lists
// with its severity and count, the findings filtered by rule and severity (in the address, so a filter is a link),
// and the report downloaded as JSON, CSV or Excel for the lead inspector to pass to the authority.
import { get, seg, download } from '../api.js';
import { html, dateTime } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { select } from '../components/fields.js';
import { button } from '../components/button.js';
import { table } from '../components/table.js';
import { tag } from '../components/tag.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHOWN = 500;

function severityTag(severity) {
  return severity === 'error' ? tag('refused', 'Error') : tag('soft', 'Warning');
}

export default async function dataQualityScreen({ session, params, query }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  const report = await get(`/inspections/${seg(id)}/data-quality`);
  const code = query.get('code') || '';
  const severity = query.get('severity') || '';
  const rules = new Map(report.rules.map((r) => [r.code, r]));
  const shown = report.findings.filter((f) => (!code || f.code === code) && (!severity || rules.get(f.code)?.severity === severity));
  const errors = report.rules.filter((r) => r.severity === 'error').reduce((n, r) => n + r.count, 0);
  const warnings = report.rules.filter((r) => r.severity !== 'error').reduce((n, r) => n + r.count, 0);
  const filtered = code || severity;
  const main = inspectionPage(ctx, {
    current: 'data-quality',
    title: 'Data quality',
    body: html`<p class="govuk-body">The consistency rules across the child-level lists, checked ${dateTime(report.checkedAt)}: ${errors.toLocaleString('en-GB')} error${errors === 1 ? '' : 's'} and ${warnings.toLocaleString('en-GB')} warning${warnings === 1 ? '' : 's'}. A finding rejects nothing the upload accepted; ask the local authority about it.</p>
      <div class="govuk-button-group">
        ${button({ text: 'Download as Excel', secondary: true, type: 'button', attributes: { id: 'quality-xlsx' } })}
        ${button({ text: 'Download as CSV', secondary: true, type: 'button', attributes: { id: 'quality-csv' } })}
        ${button({ text: 'Download as JSON', secondary: true, type: 'button', attributes: { id: 'quality-json' } })}
      </div>
      <h2 class="govuk-heading-m" id="findings">Findings</h2>
      ${report.findings.length === 0 ? html`<p class="govuk-body">No rule finds anything in the lists${report.rules.length ? '' : ': none is uploaded yet'}.</p>` : html`
      <form method="get" action="/inspections/${id}/data-quality" class="app-actions">
        ${select({ name: 'code', label: 'Rule', value: code, placeholder: 'Every rule',
          items: report.rules.filter((r) => r.count).map((r) => ({ value: r.code, text: `${r.title} (${r.count.toLocaleString('en-GB')})` })) })}
        ${select({ name: 'severity', label: 'Severity', value: severity, placeholder: 'Errors and warnings',
          items: [{ value: 'error', text: 'Errors' }, { value: 'warning', text: 'Warnings' }] })}
        ${button({ text: 'Filter', secondary: true })}
        ${filtered ? html`<p class="govuk-body"><a class="govuk-link" href="/inspections/${id}/data-quality#findings">Clear the filter</a></p>` : ''}
      </form>
      ${table({ caption: `${shown.length.toLocaleString('en-GB')} of ${report.findings.length.toLocaleString('en-GB')} finding${report.findings.length === 1 ? '' : 's'}`,
        captionClass: 'govuk-table__caption--s', classes: 'app-findings', scroll: true,
        head: ['List', { text: 'Row', numeric: true }, 'Child', 'Rule', 'Finding'],
        rows: shown.slice(0, SHOWN).map((f) => [{ text: f.listId, classes: 'app-nowrap' }, { text: String(f.row), numeric: true },
          f.childId ? html`<a class="govuk-link" href="/inspections/${id}/children/${encodeURIComponent(f.childId)}">${f.childId}</a>` : '',
          html`${severityTag(rules.get(f.code)?.severity)}<br><span class="govuk-!-font-size-16">${f.code}</span>`, f.message]) })}
      ${shown.length > SHOWN ? html`<p class="govuk-body">The first ${String(SHOWN)} are shown; filter by rule, or download the report for every finding.</p>` : ''}`}
      ${table({ caption: 'The rules', captionClass: 'govuk-table__caption--m', scroll: true, head: ['Rule', 'Severity', { text: 'Findings', numeric: true }, 'Source'],
        rows: report.rules.map((r) => [
          r.count ? html`<a class="govuk-link" href="/inspections/${id}/data-quality?code=${encodeURIComponent(r.code)}#findings">${r.title}</a>` : r.title,
          severityTag(r.severity), { text: r.count.toLocaleString('en-GB'), numeric: true }, { text: r.source, classes: 'govuk-!-font-size-16' }]) })}`,
  });
  const file = `data-quality-${id}`;
  main.querySelector('#quality-xlsx').addEventListener('click', () => download(`/inspections/${seg(id)}/data-quality`, XLSX, `${file}.xlsx`));
  main.querySelector('#quality-csv').addEventListener('click', () => download(`/inspections/${seg(id)}/data-quality`, 'text/csv', `${file}.csv`));
  main.querySelector('#quality-json').addEventListener('click', () => download(`/inspections/${seg(id)}/data-quality`, 'application/json', `${file}.json`));
}
