// GOV.UK back link: a real link to the page before in the service's order, not the browser's history.
import { html } from '../html.js';

export function backLink(href, text = 'Back') {
  return html`<a href="${href}" class="govuk-back-link">${text}</a>`;
}
