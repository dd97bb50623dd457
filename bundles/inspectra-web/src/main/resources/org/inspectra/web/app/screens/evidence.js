// Evidence: a form whose criterion picker is grouped under the framework's judgement headings and searchable; the
// personal-data screen's warning shown as the summary is typed and again after saving; the records filtered by
// criterion; each record's revisions.
import { get, post, put, seg, getAll, ifMatch } from '../api.js';
import { html, dateTime, words, render } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { criterionGroups } from '../data.js';
import { select, textInput, textarea, radios } from '../components/fields.js';
import { button } from '../components/button.js';
import { table } from '../components/table.js';
import { tag } from '../components/tag.js';
import { warningText } from '../components/warning-text.js';
import { notificationBanner } from '../components/notification-banner.js';
import { summaryList } from '../components/summary-list.js';
import { errorFor, onSubmit, changedMeanwhile } from '../form.js';

const ASSESSMENTS = [
  { value: 'strength', text: 'Strength' },
  { value: 'area-for-development', text: 'Area for development' },
  { value: 'outstanding-practice', text: 'Outstanding practice' },
  { value: 'concern', text: 'Concern' },
];

function localNow() {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
}

function warningsMarkup(warnings) {
  return warnings?.length
    ? warningText(html`This may name a person. Evidence uses case references, initials or job titles, never names (000 §192): ${warnings.join('; ')}`)
    : '';
}

export default async function evidenceScreen({ session, params, query }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  const groups = await criterionGroups(ctx);
  const titles = new Map(groups.flatMap((g) => g.items.map((c) => [c.value, c.text])));
  const criterion = query.get('criterion') || '';
  let [records, history] = await Promise.all([
    getAll(`/inspections/${seg(id)}/evidence${criterion ? '?criterion=' + encodeURIComponent(criterion) : ''}`),
    query.get('history') ? get(`/inspections/${seg(id)}/evidence/${seg(query.get('history'))}/history`) : null]);
  let revising = query.get('revise') ? records.find((r) => r.id === query.get('revise')) : null;
  // What was just saved, with the screen's warnings: shown once, kept in this page's memory only.
  let saved = null;
  // The revision someone else saved while this one was being edited (after a 412), shown beside the form.
  let latest = null;

  const draw = (values, errors = [], warnings = []) => {
    const v = values || (revising ? {
      criterion: revising.criterion, source: revising.source, observedAt: revising.observedAt.slice(0, 16),
      assessment: revising.assessment, summary: revising.summary, children: revising.children.join(', '),
    } : { criterion, observedAt: localNow() });
    const main = inspectionPage(ctx, {
      current: 'evidence',
      title: 'Evidence',
      errors,
      body: html`
      ${saved && !errors.length ? html`${notificationBanner({ success: true, heading: saved.revision > 1 ? `Revision ${saved.revision} is saved` : 'The evidence is recorded' })}
        ${saved.warnings?.length ? html`<div id="saved-name-warning">${warningText(html`The record you saved may name a person: ${saved.warnings.join('; ')}. Check it names no one; if it does, <a class="govuk-link" href="/inspections/${id}/evidence?revise=${saved.id}">revise the record</a> to use a case reference, initials or a job title (000 §192).`)}</div>` : ''}` : ''}
      ${history ? html`<h2 class="govuk-heading-m" id="history">Revisions of one record</h2>
        ${table({ caption: `${history.length} revision${history.length === 1 ? '' : 's'}`, captionClass: 'govuk-table__caption--s',
          head: ['Revision', 'Recorded', 'Assessment', 'Summary'],
          rows: history.map((r) => [String(r.revision), `${dateTime(r.recordedAt)} by ${r.recordedBy}`, tag(r.assessment), r.summary]) })}
        <p class="govuk-body"><a class="govuk-link" href="/inspections/${id}/evidence">Back to all evidence</a></p>` : ''}
      ${ctx.team && !ctx.readOnly && !history ? html`<h2 class="govuk-heading-m">${revising ? `Revise the record (revision ${revising.revision})` : 'Record evidence'}</h2>
      ${latest && errors.length ? html`<div class="govuk-inset-text" id="latest-revision">
        <p class="govuk-body govuk-!-font-weight-bold">Revision ${String(latest.revision)}, saved ${dateTime(latest.recordedAt)} by ${latest.recordedBy}, now says:</p>
        <p class="govuk-body">${latest.summary}</p></div>` : ''}
      <form id="record" novalidate>
        <div class="govuk-form-group app-search">
          <label class="govuk-label" for="criterion-search">Search the criteria</label>
          <div class="govuk-hint" id="criterion-search-hint">Type words from the heading; the list below keeps only the criteria that match</div>
          <input class="govuk-input govuk-input--width-20" id="criterion-search" type="search" aria-describedby="criterion-search-hint" aria-controls="criterion">
          <p class="govuk-body-s govuk-!-margin-top-1" id="criterion-count" aria-live="polite"></p>
        </div>
        ${select({ name: 'criterion', label: 'Criterion', hint: 'Grouped under the judgement it informs', value: v.criterion, error: errorFor(errors, 'criterion'),
          placeholder: 'Choose a criterion', groups })}
        ${textInput({ name: 'source', label: 'Source', hint: 'For example: case file, meeting with team managers, observation', value: v.source, error: errorFor(errors, 'source') })}
        ${textInput({ name: 'observedAt', label: 'When the evidence was gathered', type: 'datetime-local', value: v.observedAt, error: errorFor(errors, 'observedAt'), width: 20 })}
        ${radios({ name: 'assessment', legend: 'Assessment', value: v.assessment, error: errorFor(errors, 'assessment'), items: ASSESSMENTS })}
        ${textarea({ name: 'summary', label: 'Summary', hint: 'What was seen, its impact on children, and the evaluation (000 §186). Use case references or initials, never names.',
          value: v.summary, error: errorFor(errors, 'summary'), rows: 6 })}
        <div id="name-warning" aria-live="polite">${warningsMarkup(warnings)}</div>
        ${textInput({ name: 'children', label: 'Children (optional)', hint: 'Child IDs or case references, separated by commas', value: v.children, error: errorFor(errors, 'children'), spellcheck: false })}
        <div class="govuk-button-group">
          ${button({ text: revising ? 'Save the revision' : 'Record the evidence' })}
          ${revising ? html`<a class="govuk-link" href="/inspections/${id}/evidence">Cancel</a>` : ''}
        </div>
      </form>` : ''}
      <h2 class="govuk-heading-m">Records</h2>
      <form method="get" action="/inspections/${id}/evidence">
        ${select({ name: 'criterion', id: 'filter-criterion', label: 'Show records for', value: criterion, placeholder: 'Every criterion', groups })}
        ${button({ text: 'Show', secondary: true })}
      </form>
      ${records.length === 0 ? html`<p class="govuk-body">No evidence${criterion ? ' against this criterion' : ''} yet.</p>`
        : records.map((r) => html`<div class="govuk-summary-card" id="record-${r.id}">
          <div class="govuk-summary-card__title-wrapper">
            <h3 class="govuk-summary-card__title">${titles.get(r.criterion) || r.criterion}</h3>
            <ul class="govuk-summary-card__actions">
              ${r.revision > 1 ? html`<li class="govuk-summary-card__action"><a class="govuk-link" href="/inspections/${id}/evidence?history=${r.id}#history">Revisions<span class="govuk-visually-hidden"> of this record</span></a></li>` : ''}
              ${ctx.team && !ctx.readOnly ? html`<li class="govuk-summary-card__action"><a class="govuk-link" href="/inspections/${id}/evidence?revise=${r.id}">Revise<span class="govuk-visually-hidden"> this record</span></a></li>` : ''}
            </ul>
          </div>
          <div class="govuk-summary-card__content">${summaryList([
            { key: 'Assessment', value: tag(r.assessment) },
            { key: 'Summary', value: r.summary },
            { key: 'Source', value: `${r.source}, gathered ${dateTime(r.observedAt)}` },
            ...(r.children.length ? [{ key: 'Children', value: r.children.join(', ') }] : []),
            { key: 'Recorded', value: `${dateTime(r.recordedAt)} by ${r.recordedBy}, revision ${r.revision}` },
          ])}</div>
        </div>`)}`,
    });

    const form = main.querySelector('#record');
    if (!form) {
      return;
    }
    const search = main.querySelector('#criterion-search');
    const picker = form.elements.criterion;
    const allGroups = [...picker.querySelectorAll('optgroup')].map((g) => ({ label: g.label, options: [...g.children] }));
    search.addEventListener('input', () => {
      const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      const chosen = picker.value;
      picker.querySelectorAll('optgroup').forEach((g) => g.remove());
      let count = 0;
      allGroups.forEach((g) => {
        const matching = g.options.filter((o) => words.every((w) => o.textContent.toLowerCase().includes(w) || g.label.toLowerCase().includes(w)));
        if (matching.length) {
          const group = document.createElement('optgroup');
          group.label = g.label;
          group.append(...matching);
          picker.append(group);
          count += matching.length;
        }
      });
      picker.value = [...picker.options].some((o) => o.value === chosen) ? chosen : '';
      main.querySelector('#criterion-count').textContent = words.length ? (count === 1 ? '1 criterion matches' : `${count} criteria match`) : '';
    });

    // The personal-data screen's verdict while typing, from the same guard recording uses.
    let timer;
    const nameCheck = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        try {
          const found = await post(`/inspections/${seg(id)}/evidence/name-check`, { summary: form.elements.summary.value, source: form.elements.source.value });
          render(main.querySelector('#name-warning'), warningsMarkup(found.warnings));
        } catch (error) {
          render(main.querySelector('#name-warning'), warningsMarkup(error.violations?.map((x) => x.message)));
        }
      }, 400);
    };
    form.elements.summary.addEventListener('input', nameCheck);
    form.elements.source.addEventListener('input', nameCheck);

    onSubmit(form, {
      action: async (x) => {
        const body = {
          criterion: x.criterion, source: x.source, assessment: x.assessment || null, summary: x.summary,
          observedAt: x.observedAt ? new Date(x.observedAt).toISOString() : null,
          children: (x.children || '').split(',').map((c) => c.trim()).filter(Boolean),
        };
        const stored = revising
          ? await put(`/inspections/${seg(id)}/evidence/${seg(revising.id)}`, { ...body, revision: revising.revision }, ifMatch(revising.revision))
          : await post(`/inspections/${seg(id)}/evidence`, body);
        saved = { id: stored.id, revision: stored.revision, warnings: stored.warnings };
        revising = null;
        latest = null;
        history = null;
        records = await getAll(`/inspections/${seg(id)}/evidence${criterion ? '?criterion=' + encodeURIComponent(criterion) : ''}`);
        window.history.replaceState(null, '', `/inspections/${id}/evidence${criterion ? '?criterion=' + encodeURIComponent(criterion) : ''}`);
        draw();
        document.querySelector('.govuk-notification-banner')?.focus();
      },
      refused: async (x, refusal) => {
        if (revising && changedMeanwhile(refusal)) {
          // Someone saved a revision meanwhile: read it, show it, keep what was typed; the next save revises it.
          [revising, records] = await Promise.all([get(`/inspections/${seg(id)}/evidence/${seg(revising.id)}`),
            getAll(`/inspections/${seg(id)}/evidence${criterion ? '?criterion=' + encodeURIComponent(criterion) : ''}`)]);
          latest = revising;
        }
        draw(x, refusal);
      },
    });
  };
  draw();
}

export { words };
