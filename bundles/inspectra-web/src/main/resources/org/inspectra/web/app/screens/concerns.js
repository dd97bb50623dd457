// Concern referrals (003 §74, Annex C): referred by the team; then the authority's written response, the inspector's
// evaluation and sign-off by the DCS (through the link person) and the lead inspector, each step in turn.
import { post, put, seg, getAll } from '../api.js';
import { html, date, dateTime } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { radios, textarea, textInput } from '../components/fields.js';
import { button } from '../components/button.js';
import { tag } from '../components/tag.js';
import { summaryList } from '../components/summary-list.js';
import { notificationBanner } from '../components/notification-banner.js';
import { errorFor, onSubmit } from '../form.js';

/** The step this user may take next on a concern, if any: [path, label, done message]. */
function nextStep(ctx, c) {
  if (ctx.readOnly || c.status === 'signed-off') {
    return null;
  }
  if (c.status === 'referred') {
    return ctx.link ? ['response', 'The authority\'s written response', 'The response is sent'] : null;
  }
  if (c.status === 'answered') {
    return ctx.team ? ['evaluation', 'Your evaluation of the response', 'The evaluation is recorded'] : null;
  }
  if (c.status === 'evaluated') {
    if (ctx.link && !c.dcsSignOff) {
      return ['sign-off', 'Sign off for the DCS (comment)', 'The DCS\'s sign-off is recorded'];
    }
    if (ctx.lead && !c.leadSignOff) {
      return ['sign-off', 'Sign off as lead inspector (comment)', 'Your sign-off is recorded'];
    }
  }
  return null;
}

function step(label, s) {
  return s ? { key: label, value: html`${s.text || '(no comment)'}<br><span class="govuk-hint">${dateTime(s.at)} by ${s.by}</span>` } : { key: label, value: 'Not yet' };
}

export default async function concernsScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  let concerns = await getAll(`/inspections/${seg(id)}/concerns`);
  let done = '';
  const draw = (values = {}, errors = []) => {
    const main = inspectionPage(ctx, {
      current: 'concerns',
      title: 'Concerns',
      errors,
      body: html`${done && !errors.length ? notificationBanner({ success: true, heading: done }) : ''}
      ${concerns.length === 0 ? html`<p class="govuk-body">No concerns referred.</p>` : concerns.map((c) => {
        const next = nextStep(ctx, c);
        return html`<div class="govuk-summary-card" id="concern-${c.id}">
        <div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">Category ${String(c.category)} concern: ${c.caseReferences.join(', ')}</h2></div>
        <div class="govuk-summary-card__content">
          ${summaryList([
            { key: 'Status', value: tag(c.status) },
            { key: 'Referred', value: `${date(c.referredOn)} by ${c.referredBy} to ${c.laTeam}` },
            { key: 'Issues', value: c.issues },
            { key: 'Response due', value: date(c.responseDue) },
            step('Authority\'s response', c.response),
            step('Inspector\'s evaluation', c.evaluation),
            step('Signed off for the DCS', c.dcsSignOff),
            step('Signed off by the lead inspector', c.leadSignOff),
          ])}
          ${next ? html`<form class="step" data-concern="${c.id}" data-version="${c.version}" data-step="${next[0]}" data-done="${next[2]}" novalidate>
            ${textarea({ name: 'text', id: `step-${c.id}`, label: next[1], value: values.concern === c.id ? values.text : '', rows: 3,
              error: values.concern === c.id ? errorFor(errors, `step-${c.id}`) : undefined })}
            ${button({ text: 'Save' })}
          </form>` : ''}
        </div></div>`;
      })}
      ${ctx.team && !ctx.readOnly ? html`<h2 class="govuk-heading-m">Refer a concern</h2>
      <form id="refer" novalidate>
        ${radios({ name: 'category', legend: 'Category', value: values.concern ? '' : values.category, error: errorFor(errors, 'category'), items: [
          { value: '1', text: 'Category 1: a serious issue' }, { value: '2', text: 'Category 2: the service offer may not be appropriate' }] })}
        ${textInput({ name: 'caseReferences', label: 'Case references', hint: 'Separated by commas; no names', value: values.concern ? '' : values.caseReferences, error: errorFor(errors, 'caseReferences'), spellcheck: false })}
        ${textInput({ name: 'laTeam', label: 'The authority\'s team', value: values.concern ? '' : values.laTeam, error: errorFor(errors, 'laTeam') })}
        ${textarea({ name: 'issues', label: 'Issues', value: values.concern ? '' : values.issues, error: errorFor(errors, 'issues'), rows: 4 })}
        ${textInput({ name: 'referredOn', label: 'Referred on', type: 'date', value: values.concern ? '' : (values.referredOn ?? new Date().toISOString().slice(0, 10)), error: errorFor(errors, 'referredOn'), width: 10 })}
        ${textInput({ name: 'responseDue', label: 'Written response due', type: 'date', value: values.concern ? '' : values.responseDue, error: errorFor(errors, 'responseDue'), width: 10 })}
        ${button({ text: 'Refer the concern' })}
      </form>` : ''}`,
    });
    const refer = main.querySelector('#refer');
    if (refer) {
      onSubmit(refer, {
        action: async (v) => {
          await post(`/inspections/${seg(id)}/concerns`, {
            category: v.category ? Number(v.category) : null, laTeam: v.laTeam, issues: v.issues,
            caseReferences: (v.caseReferences || '').split(',').map((c) => c.trim()).filter(Boolean),
            referredOn: v.referredOn || null, responseDue: v.responseDue || null,
          });
          concerns = await getAll(`/inspections/${seg(id)}/concerns`);
          done = 'The concern is referred to the local authority';
          draw();
        },
        refused: draw,
      });
    }
    main.querySelectorAll('.step').forEach((form) => onSubmit(form, {
      fields: { text: `step-${form.dataset.concern}` },
      action: async (v) => {
        await put(`/inspections/${seg(id)}/concerns/${seg(form.dataset.concern)}/${form.dataset.step}`, { text: v.text, version: Number(form.dataset.version) });
        concerns = await getAll(`/inspections/${seg(id)}/concerns`);
        done = form.dataset.done;
        draw();
      },
      refused: (v, errors) => draw({ ...v, concern: form.dataset.concern }, errors),
    }));
  };
  draw();
}
