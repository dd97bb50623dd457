// Child-level data (000 §255-263): upload a list (CSV or Excel) with a progress bar fed by the API's progress of the
// upload, then the issues in a table filtered by code and row; the data-quality findings counted (their own screen has
// them); each child's page from the rows.
import { get, request, seg, ApiError } from '../api.js';
import { html, render, dateTime } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { select, fileUpload, textInput } from '../components/fields.js';
import { button } from '../components/button.js';
import { table } from '../components/table.js';
import { progressBar } from '../components/progress.js';
import { notificationBanner } from '../components/notification-banner.js';
import { errorsOf } from '../form.js';
import { errorSummary } from '../components/error-summary.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function issuesTable(issues, code, row) {
  const shown = issues.filter((i) => (!code || i.code === code) && (!row || String(i.row) === String(row).trim()));
  return html`${table({
    caption: `${shown.length} of ${issues.length} issue${issues.length === 1 ? '' : 's'}`, captionClass: 'govuk-table__caption--s',
    head: [{ text: 'Row', numeric: true }, 'Field', 'Code', 'Problem'],
    rows: shown.slice(0, 500).map((i) => [{ text: String(i.row), numeric: true }, i.field || '', i.code, i.message]),
  })}${shown.length > 500 ? html`<p class="govuk-body">The first 500 are shown; filter by code or row to see others.</p>` : ''}`;
}

/** The findings of one severity across the rules, in words: "3 errors". */
function count(quality, severity) {
  const n = quality.rules.filter((r) => (r.severity === 'error') === (severity === 'error')).reduce((sum, r) => sum + r.count, 0);
  return `${n.toLocaleString('en-GB')} ${severity}${n === 1 ? '' : 's'}`;
}

export default async function childDataScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  const lists = ctx.framework.childLists;
  let result = null;
  let errors = [];
  let quality = ctx.team ? await get(`/inspections/${seg(id)}/data-quality`) : null;

  const draw = (values = {}) => {
    const main = inspectionPage(ctx, {
      current: 'child-data',
      title: 'Child-level data',
      errors,
      body: html`<p class="govuk-body">Each list is replaced as a whole. Rows with errors are reported and left out; the rest are kept.</p>
      ${ctx.team && !ctx.readOnly ? html`<form id="upload" novalidate>
        ${select({ name: 'list', label: 'List', value: values.list, error: errors.find((e) => e.field === 'list')?.message,
          items: lists.map((l) => ({ value: l.id, text: `${l.title} (${l.id})` })) })}
        ${fileUpload({ name: 'file', label: 'File', hint: 'CSV (.csv) or Excel (.xlsx), with the list\'s headings in the first row', accept: '.csv,.xlsx,text/csv,' + XLSX,
          error: errors.find((e) => e.field === 'file')?.message })}
        ${button({ text: 'Upload the list' })}
      </form>` : ''}
      <div id="upload-progress"></div>
      <div id="upload-result"></div>
      ${quality ? html`<h2 class="govuk-heading-m">Data quality</h2>
        <p class="govuk-body" id="quality-summary">The consistency rules across the lists, checked ${dateTime(quality.checkedAt)}, find
          ${count(quality, 'error')} and ${count(quality, 'warning')}.
          <a class="govuk-link" href="/inspections/${id}/data-quality">See the data-quality report</a> to filter the findings and download them.</p>` : ''}
      <h2 class="govuk-heading-m">Find a child</h2>
      <form id="find-child" class="app-actions" novalidate>
        ${textInput({ name: 'childId', label: 'Child ID', width: 10, spellcheck: false })}
        ${button({ text: 'Open', secondary: true })}
      </form>`,
    });
    main.querySelector('#find-child').addEventListener('submit', (event) => {
      event.preventDefault();
      const child = event.target.elements.childId.value.trim();
      if (child) {
        location.assign(`/inspections/${id}/children/${encodeURIComponent(child)}`);
      }
    });
    const form = main.querySelector('#upload');
    if (form) {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        upload(form);
      });
    }
    if (result) {
      showResult(main);
    }
  };

  const showResult = (main) => {
    const codes = [...new Set(result.issues.map((i) => i.code))].sort();
    render(main.querySelector('#upload-result'), html`
      ${notificationBanner({ success: result.rejected === 0, title: 'Upload finished', heading: `${result.listId}: ${result.rows.toLocaleString('en-GB')} rows read, ${result.accepted.toLocaleString('en-GB')} accepted, ${result.rejected.toLocaleString('en-GB')} rejected` })}
      ${result.issues.length ? html`<h2 class="govuk-heading-m">Issues</h2>
        <form id="issue-filter" class="app-actions" novalidate>
          ${select({ name: 'code', id: 'issue-code', label: 'Code', placeholder: 'Every code', items: codes.map((c) => ({ value: c, text: c })) })}
          ${textInput({ name: 'row', id: 'issue-row', label: 'Row', width: 5, type: 'text', attributes: { inputmode: 'numeric' } })}
          ${button({ text: 'Filter', secondary: true })}
        </form>
        <div id="issues">${issuesTable(result.issues)}</div>` : ''}`);
    const filter = main.querySelector('#issue-filter');
    if (filter) {
      filter.addEventListener('submit', (event) => {
        event.preventDefault();
        render(main.querySelector('#issues'), issuesTable(result.issues, filter.elements.code.value, filter.elements.row.value));
      });
    }
  };

  const upload = async (form) => {
    const listId = form.elements.list.value;
    const file = form.elements.file.files[0];
    errors = [];
    if (!file) {
      errors = [{ field: 'file', message: 'Choose the file to upload' }];
      draw({ list: listId });
      return;
    }
    const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv';
    const main = document.getElementById('main-content');
    const holder = main.querySelector('#upload-progress');
    render(holder, progressBar({ id: 'progress', label: `Uploading ${file.name}`, percent: 0, text: 'Starting…' }));
    render(main.querySelector('#upload-result'), '');
    const bar = holder.querySelector('progress');
    const text = holder.querySelector('#progress-text');
    const started = Date.now();
    let samples = 0;
    let finished = false;
    form.querySelector('button[type=submit]').disabled = true;

    // The API's own account of the upload while it runs: bytes and rows read, as the server reads them.
    const poll = async () => {
      while (!finished) {
        try {
          const p = await get(`/inspections/${seg(id)}/child-lists/${seg(listId)}/import`);
          if (!finished && Date.parse(p.startedAt) >= started - 5000) {
            samples += 1;
            bar.value = p.percent ?? 0;
            bar.textContent = `${p.percent ?? 0}%`;
            bar.dataset.samples = String(samples);
            text.textContent = `${p.percent ?? 0}%: ${p.rowsRead.toLocaleString('en-GB')} rows read, ${p.rowsRejected.toLocaleString('en-GB')} rejected (${p.state})`;
          }
        } catch (notYet) {
          // 404 until the server has started reading this upload
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    const polling = poll();
    try {
      result = await request('PUT', `/inspections/${seg(id)}/child-lists/${seg(listId)}`, file, { contentType: type });
      finished = true;
      await polling;
      const last = await get(`/inspections/${seg(id)}/child-lists/${seg(listId)}/import`);
      bar.value = last.percent ?? 100;
      bar.textContent = `${bar.value}%`;
      bar.dataset.samples = String(samples + 1);
      text.textContent = `${bar.value}%: ${last.rowsRead.toLocaleString('en-GB')} rows read, ${last.rowsAccepted.toLocaleString('en-GB')} accepted, ${last.rowsRejected.toLocaleString('en-GB')} rejected (${last.state})`;
      form.querySelector('button[type=submit]').disabled = false;
      quality = await get(`/inspections/${seg(id)}/data-quality`);
      draw({ list: listId });
      const again = document.getElementById('main-content');
      render(again.querySelector('#upload-progress'), progressBar({ id: 'progress', label: `Uploaded ${file.name}`, percent: bar.value, text: text.textContent }));
      const done = again.querySelector('#progress');
      done.dataset.samples = bar.dataset.samples;
      // Marked last, once the screen shows the result: watchers (the browser tests) wait for it.
      done.dataset.state = last.state;
    } catch (error) {
      finished = true;
      await polling;
      bar.dataset.state = 'refused';
      text.textContent = 'The upload was refused; the list as it was is kept.';
      form.querySelector('button[type=submit]').disabled = false;
      errors = errorsOf(error).map((e) => ({ ...e, field: e.field || 'file' }));
      render(main.querySelector('#upload-result'), errorSummary(errors));
      main.querySelector('.govuk-error-summary')?.focus();
      if (!(error instanceof ApiError)) {
        throw error;
      }
    }
  };
  draw();
}
