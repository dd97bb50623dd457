// GOV.UK pagination, previous and next only (the API pages by cursor).
import { html } from '../html.js';

export function pagination(o) {
  if (!o.previous && !o.next) {
    return '';
  }
  return html`<nav class="govuk-pagination govuk-pagination--block" aria-label="Pages">
  ${o.previous ? html`<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="${o.previous}" rel="prev"><span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span></a></div>` : ''}
  ${o.next ? html`<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="${o.next}" rel="next"><span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span></a></div>` : ''}
</nav>`;
}
