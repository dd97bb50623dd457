// Judgements: each with its grade and the rules that bind or warn now, and a what-if check: choosing a grade asks the
// API which hard rules would refuse it and which soft rules would warn, before anything is saved; accepting a warning
// asks for the rationale.
import { get, post, put, seg, ifMatch } from '../api.js';
import { html, dateTime, render } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { radios, textarea, checkboxes } from '../components/fields.js';
import { button } from '../components/button.js';
import { tag } from '../components/tag.js';
import { summaryList } from '../components/summary-list.js';
import { notificationBanner } from '../components/notification-banner.js';
import { warningText } from '../components/warning-text.js';
import { errorFor, onSubmit, changedMeanwhile } from '../form.js';

function ruleLine(r) {
  return html`<li>${tag(r.strength, r.strength === 'hard' ? 'Binds' : 'Warns')} ${r.message} (${r.source})${r.accepted ? ' – accepted by the team' : ''}</li>`;
}

/** What the what-if check says about a grade, in words, for the place beside the grades. */
function verdict(check) {
  if (!check) {
    return '';
  }
  if (!check.allowed) {
    return html`<div class="govuk-inset-text app-verdict app-verdict--refused"><p class="govuk-body govuk-!-font-weight-bold">This grade would be refused:</p>
      <ul class="govuk-list govuk-list--bullet">${check.refusals.map((r) => html`<li>${r.message} (${r.source})</li>`)}</ul></div>`;
  }
  if (check.warnings.length) {
    return warningText(html`This grade would be saved with ${check.warnings.length === 1 ? 'a warning' : `${check.warnings.length} warnings`}: ${check.warnings.map((w) => `${w.message} (${w.source})`).join('; ')}. To keep it, accept the warning and give the team's rationale.`);
  }
  return html`<p class="govuk-body app-verdict app-verdict--allowed">No rule stands against this grade.</p>`;
}

export default async function judgementsScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  const scale = ctx.framework.grades;
  let judgements = await get(`/inspections/${seg(id)}/judgements`);
  let done = '';
  const checks = new Map();
  const editable = ctx.team && !ctx.readOnly && ctx.graded;

  const draw = (values = {}, errors = []) => {
    const main = inspectionPage(ctx, {
      current: 'judgements',
      title: 'Judgements',
      errors,
      body: html`${done && !errors.length ? notificationBanner({ success: true, heading: done }) : ''}
      <p class="govuk-body">The team decides each grade by best fit; the framework's hard rules refuse a grade, its soft rules warn (${ctx.framework.id.toUpperCase()} ${ctx.framework.version}).</p>
      ${judgements.map((j) => {
        const mine = values.judgement === j.id;
        // A refused grade is said once: in the error summary and beside the grades, not again by the check.
        const refusedHere = mine && errorFor(errors, `grade-${j.id}`);
        const check = refusedHere ? null : checks.get(j.id);
        const chosen = mine ? values.grade : j.grade;
        return html`<div class="govuk-summary-card" id="judgement-${j.id}">
          <div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">${j.title}</h2></div>
          <div class="govuk-summary-card__content">
            ${summaryList([
              { key: 'Grade', value: j.grade ? html`${tag(j.grade, scale.find((g) => g.id === j.grade)?.title)}<br><span class="govuk-hint">${dateTime(j.gradedAt)} by ${j.gradedBy}</span>` : 'Not graded yet' },
              ...(j.rationale ? [{ key: 'Rationale', value: j.rationale }] : []),
              { key: 'Rules now', value: j.rules.length ? html`<ul class="govuk-list">${j.rules.map(ruleLine)}</ul>` : 'None binds or warns' },
            ])}
            ${editable ? html`<form class="grade" data-judgement="${j.id}" data-version="${j.version}" novalidate>
              ${radios({ name: 'grade', id: `grade-${j.id}`, legend: `Grade for ${j.title.toLowerCase()}`, value: chosen, inline: true, small: true,
                error: mine ? errorFor(errors, `grade-${j.id}`) : undefined, items: scale.map((g) => ({ value: g.id, text: g.title })) })}
              <div class="app-check" id="check-${j.id}" aria-live="polite">${verdict(check)}</div>
              <div class="app-accept" id="accept-${j.id}">
                ${check?.allowed && check.warnings.length ? html`
                  ${checkboxes({ name: 'acceptWarnings', id: `acceptWarnings-${j.id}`, legend: 'Accept the warning', small: true, values: mine ? values.acceptWarnings : [],
                    error: mine ? errorFor(errors, `acceptWarnings-${j.id}`) : undefined, items: check.warnings.map((w) => ({ value: w.rule, text: `${w.message} (${w.source})` })) })}
                  ${textarea({ name: 'rationale', id: `rationale-${j.id}`, label: 'The team\'s rationale', hint: 'Why this grade is the best fit despite the warning', rows: 3,
                    value: mine ? values.rationale : (j.rationale || ''), error: mine ? errorFor(errors, `rationale-${j.id}`) : undefined })}` : ''}
              </div>
              ${button({ text: 'Save the grade', secondary: true })}
            </form>` : ''}
          </div></div>`;
      })}`,
    });

    main.querySelectorAll('form.grade').forEach((form) => {
      const judgement = form.dataset.judgement;
      form.querySelectorAll('input[name=grade]').forEach((radio) => radio.addEventListener('change', async () => {
        try {
          checks.set(judgement, await post(`/inspections/${seg(id)}/judgements/${seg(judgement)}/check`, { grade: radio.value }));
        } catch (error) {
          checks.delete(judgement);
        }
        const check = checks.get(judgement);
        render(form.querySelector('.app-check'), verdict(check));
        // The acceptance and rationale appear only for a grade that warns.
        const rationale = form.querySelector('textarea')?.value;
        render(form.querySelector('.app-accept'), check?.allowed && check.warnings.length ? html`
          ${checkboxes({ name: 'acceptWarnings', id: `acceptWarnings-${judgement}`, legend: 'Accept the warning', small: true, values: [],
            items: check.warnings.map((w) => ({ value: w.rule, text: `${w.message} (${w.source})` })) })}
          ${textarea({ name: 'rationale', id: `rationale-${judgement}`, label: 'The team\'s rationale', hint: 'Why this grade is the best fit despite the warning', rows: 3, value: rationale || '' })}` : '');
      }));
      onSubmit(form, {
        multi: ['acceptWarnings'],
        fields: { grade: `grade-${judgement}`, rationale: `rationale-${judgement}`, acceptWarnings: `acceptWarnings-${judgement}` },
        action: async (v) => {
          const check = checks.get(judgement);
          if (check?.warnings.length && !v.acceptWarnings.length && v.grade === check.grade) {
            draw({ ...v, judgement }, [{ field: `acceptWarnings-${judgement}`, message: 'Accept the warning to keep this grade, or choose another grade' }]);
            return;
          }
          await put(`/inspections/${seg(id)}/judgements/${seg(judgement)}`, {
            grade: v.grade || null, rationale: v.rationale || null, acceptWarnings: v.acceptWarnings, version: Number(form.dataset.version),
          }, ifMatch(Number(form.dataset.version)));
          judgements = await get(`/inspections/${seg(id)}/judgements`);
          checks.clear();
          done = `The grade for ${judgements.find((j) => j.id === judgement).title.toLowerCase()} is saved`;
          draw();
        },
        refused: async (v, errors) => {
          if (changedMeanwhile(errors)) {
            // Someone graded meanwhile: the grades are read again (their grade shows above the form), the choice kept.
            judgements = await get(`/inspections/${seg(id)}/judgements`);
            checks.clear();
            draw({ ...v, judgement }, errors.map((e) => ({ ...e, field: `grade-${judgement}` })));
            return;
          }
          draw({ ...v, judgement }, errors.map((e) => (e.field === '' && e.code ? { ...e, field: `grade-${judgement}` } : e)));
        },
      });
    });
  };
  draw();
}
