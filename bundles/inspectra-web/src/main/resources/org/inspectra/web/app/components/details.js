// GOV.UK details: more that not everyone needs.
import { html } from '../html.js';

export function details(summary, content, o = {}) {
  return html`<details class="govuk-details"${o.open ? ' open' : ''}>
  <summary class="govuk-details__summary"><span class="govuk-details__summary-text">${summary}</span></summary>
  <div class="govuk-details__text">${content}</div>
</details>`;
}
