// Coverage as a heat map: criteria (rows) by assessment (columns) with counts; criteria with no evidence marked in
// words as well as shade, so gaps are reviewed (003 §79).
import { get, seg } from '../api.js';
import { html, date } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { heatMap } from '../components/heat-map.js';
import { insetText } from '../components/inset-text.js';
import { table } from '../components/table.js';

const ASSESSMENTS = [
  { id: 'strength', text: 'Strength' },
  { id: 'area-for-development', text: 'Area for development' },
  { id: 'outstanding-practice', text: 'Outstanding practice' },
  { id: 'concern', text: 'Concern' },
];

export default async function coverageScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  const coverage = await get(`/inspections/${seg(id)}/coverage`);
  const headings = new Map(ctx.framework.judgements.map((j) => [j.id, j.title]));
  const groups = [];
  coverage.criteria.forEach((c) => {
    const key = c.judgement || '';
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = { key, title: headings.get(key) || (key ? key : 'Other criteria'), rows: [] };
      groups.push(group);
    }
    group.rows.push({
      title: c.title, href: `/inspections/${id}/evidence?criterion=${encodeURIComponent(c.criterion)}`,
      counts: c.byAssessment, empty: c.total === 0,
    });
  });
  inspectionPage(ctx, {
    current: 'coverage',
    title: 'Coverage',
    body: html`${insetText(html`<strong>${String(coverage.uncovered.length)}</strong> of ${String(coverage.criteria.length)} criteria have no evidence yet. Each cell is the number of records; the shade repeats it.`)}
    ${groups.map((g) => heatMap({ caption: g.title, rowHeader: 'Criterion', columns: ASSESSMENTS, rows: g.rows }))}
    ${coverage.deadlines.length ? html`<h2 class="govuk-heading-m">Recording deadlines</h2>
      ${table({ scroll: true, head: ['Rule', 'Due', 'Records late', 'Source'], rows: coverage.deadlines.map((d) => [d.rule, d.due ? date(d.due) : 'Per record', String(d.late.length), d.source]) })}` : ''}`,
  });
}
