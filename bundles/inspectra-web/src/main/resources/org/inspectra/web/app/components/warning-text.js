// GOV.UK warning text.
import { html } from '../html.js';

export function warningText(text, o = {}) {
  return html`<div class="govuk-warning-text"${o.id ? html` id="${o.id}"` : ''}${o.live ? ' aria-live="polite"' : ''}>
  <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
  <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> ${text}</strong>
</div>`;
}
