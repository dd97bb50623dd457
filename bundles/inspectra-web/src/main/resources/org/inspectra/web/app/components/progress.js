// A progress bar: a real <progress> element with its label and the figures written out beside it.
import { html } from '../html.js';

export function progressBar(o) {
  return html`<div class="govuk-form-group" id="${o.id}-group">
  <label class="govuk-label govuk-label--s" for="${o.id}">${o.label}</label>
  <progress class="app-progress" id="${o.id}" max="100" value="${String(o.percent ?? 0)}">${String(o.percent ?? 0)}%</progress>
  <p class="govuk-body" id="${o.id}-text" aria-live="polite">${o.text || ''}</p>
</div>`;
}
