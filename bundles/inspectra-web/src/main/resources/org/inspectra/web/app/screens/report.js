// The report or letter: previewed in the page as the API renders it (HTML), downloaded as PDF or Markdown; marked
// as a draft until the inspection is final.
import { request, seg, download, ApiError } from '../api.js';
import { html } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { button } from '../components/button.js';
import { warningText } from '../components/warning-text.js';
import { errorsOf } from '../form.js';

export default async function reportScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  const lifecycle = ctx.type?.lifecycle || [];
  const draft = lifecycle.indexOf(ctx.inspection.status) < lifecycle.indexOf('final');
  let errors = [];
  let preview = null;
  try {
    preview = await request('GET', `/inspections/${seg(id)}/report`, undefined, { accept: 'text/html' });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 409) {
      throw error;
    }
    errors = errorsOf(error).map((e) => ({ ...e, field: '' }));
  }
  const base = `${ctx.authority.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${ctx.inspection.framework.id}-${ctx.inspection.type}`;
  const main = inspectionPage(ctx, {
    current: 'report',
    title: 'Report',
    errors,
    body: html`${draft ? warningText('Draft — for factual accuracy check. The report stays a draft until the inspection is final.', { id: 'draft-mark' }) : ''}
    ${preview ? html`<div class="govuk-button-group">
        ${button({ text: 'Download the PDF', secondary: true, type: 'button', attributes: { id: 'download-pdf' } })}
        ${button({ text: 'Download as Markdown', secondary: true, type: 'button', attributes: { id: 'download-markdown' } })}
      </div>
      <p class="govuk-body"><a class="govuk-link" href="/api/v1/inspections/${id}/report" target="_blank" rel="noopener">Open the report in a new tab</a></p>
      <iframe class="app-report-frame" id="report-preview" title="Preview of the report" src="/api/v1/inspections/${id}/report"></iframe>`
      : html`<p class="govuk-body">The report cannot be made yet: see what is missing above.</p>`}`,
  });
  if (preview) {
    main.querySelector('#download-pdf').addEventListener('click', () => download(`/inspections/${seg(id)}/report`, 'application/pdf', `${base}.pdf`));
    main.querySelector('#download-markdown').addEventListener('click', () => download(`/inspections/${seg(id)}/report`, 'text/markdown', `${base}.md`));
  }
}
