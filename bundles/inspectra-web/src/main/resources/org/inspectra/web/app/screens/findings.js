// Findings: strengths, areas for improvement and areas for priority action (000 §109-110, 003 §87), each optionally
// tied to a judgement; a priority action adds its milestones to the timeline.
import { get, post, seg, getAll } from '../api.js';
import { html, dateTime } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { radios, select, textarea } from '../components/fields.js';
import { button } from '../components/button.js';
import { table } from '../components/table.js';
import { tag } from '../components/tag.js';
import { notificationBanner } from '../components/notification-banner.js';
import { warningText } from '../components/warning-text.js';
import { errorFor, onSubmit } from '../form.js';

const KINDS = [
  { value: 'strength', text: 'Strength' },
  { value: 'area-for-improvement', text: 'Area for improvement' },
  { value: 'priority-action', text: 'Area for priority action', hint: 'A serious weakness placing children at risk (000 §109-110)' },
];

export default async function findingsScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  let findings = await getAll(`/inspections/${seg(id)}/findings`);
  const judgements = new Map(ctx.framework.judgements.map((j) => [j.id, j.title]));
  let saved = null;
  const draw = (values = {}, errors = []) => {
    const main = inspectionPage(ctx, {
      current: 'findings',
      title: 'Findings',
      errors,
      body: html`${saved && !errors.length ? notificationBanner({ success: true, heading: 'The finding is recorded',
          body: saved.warnings?.length ? warningText(`Check it names no one: ${saved.warnings.join('; ')}`) : '' }) : ''}
      ${findings.length ? table({ caption: `${findings.length} finding${findings.length === 1 ? '' : 's'}`, captionClass: 'govuk-table__caption--s',
        head: ['Kind', 'Finding', 'Judgement', 'Recorded'],
        rows: findings.map((f) => [tag(f.kind === 'priority-action' ? 'concern' : f.kind === 'strength' ? 'strength' : 'area-for-development', KINDS.find((k) => k.value === f.kind)?.text || f.kind),
          f.text, judgements.get(f.judgement) || '', `${dateTime(f.recordedAt)} by ${f.recordedBy}`]) })
        : html`<p class="govuk-body">No findings yet.</p>`}
      ${ctx.team && !ctx.readOnly ? html`<h2 class="govuk-heading-m">Record a finding</h2>
      <form id="finding" novalidate>
        ${radios({ name: 'kind', legend: 'Kind', value: values.kind, error: errorFor(errors, 'kind'), items: KINDS })}
        ${textarea({ name: 'text', label: 'Finding', hint: 'In the report\'s words; no names', value: values.text, error: errorFor(errors, 'text') })}
        ${ctx.framework.judgements.length ? select({ name: 'judgement', label: 'Judgement it informs (optional)', value: values.judgement, error: errorFor(errors, 'judgement'),
          placeholder: 'None', items: ctx.framework.judgements.map((j) => ({ value: j.id, text: j.title })) }) : ''}
        ${button({ text: 'Record the finding' })}
      </form>` : ''}`,
    });
    const form = main.querySelector('#finding');
    if (form) {
      onSubmit(form, {
        action: async (v) => {
          saved = await post(`/inspections/${seg(id)}/findings`, { kind: v.kind || null, text: v.text, judgement: v.judgement || null });
          findings = await getAll(`/inspections/${seg(id)}/findings`);
          draw();
        },
        refused: draw,
      });
    }
  };
  draw();
}
