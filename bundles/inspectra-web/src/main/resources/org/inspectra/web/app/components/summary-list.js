// GOV.UK summary list. rows: [{key, value, actions: [{href, text, hidden}]}]
import { html } from '../html.js';

export function summaryList(rows, o = {}) {
  return html`<dl class="govuk-summary-list${o.noBorder ? ' govuk-summary-list--no-border' : ''}">
  ${rows.map((r) => html`<div class="govuk-summary-list__row${r.actions?.length ? '' : ' govuk-summary-list__row--no-actions'}">
    <dt class="govuk-summary-list__key">${r.key}</dt>
    <dd class="govuk-summary-list__value">${r.value}</dd>
    ${r.actions?.length ? html`<dd class="govuk-summary-list__actions">${r.actions.map((a) => html`<a class="govuk-link" href="${a.href}">${a.text}<span class="govuk-visually-hidden"> ${a.hidden || r.key}</span></a>`)}</dd>` : ''}
  </div>`)}
</dl>`;
}
