// GOV.UK notification banner: what just happened (success) or what needs attention.
import { html } from '../html.js';

export function notificationBanner(o) {
  const success = o.success;
  return html`<div class="govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}" ${success ? html`role="alert"` : html`role="region"`} aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner">
  <div class="govuk-notification-banner__header">
    <h2 class="govuk-notification-banner__title" id="govuk-notification-banner-title">${o.title || (success ? 'Success' : 'Important')}</h2>
  </div>
  <div class="govuk-notification-banner__content">
    <p class="govuk-notification-banner__heading">${o.heading}</p>
    ${o.body || ''}
  </div>
</div>`;
}
