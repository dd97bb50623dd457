// GOV.UK error summary: every error at the top, each a link to its field.
import { html } from '../html.js';

/** errors: [{field, message}]; field is the id of the input it concerns, or empty for the whole form. */
export function errorSummary(errors, title = 'There is a problem') {
  if (!errors || errors.length === 0) {
    return '';
  }
  return html`<div class="govuk-error-summary" data-module="govuk-error-summary">
  <div role="alert">
    <h2 class="govuk-error-summary__title">${title}</h2>
    <div class="govuk-error-summary__body">
      <ul class="govuk-list govuk-error-summary__list">
        ${errors.map((e) => html`<li>${e.field ? html`<a href="#${e.field}">${e.message}</a>` : e.message}</li>`)}
      </ul>
    </div>
  </div>
</div>`;
}
