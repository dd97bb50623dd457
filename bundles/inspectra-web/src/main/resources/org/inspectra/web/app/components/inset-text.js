// GOV.UK inset text.
import { html } from '../html.js';

export function insetText(content) {
  return html`<div class="govuk-inset-text">${content}</div>`;
}
