// GOV.UK buttons: a submit or plain button, or a link styled as one. o: {text, type, secondary, warning, href, name, value, attributes}
import { html, attributes } from '../html.js';

export function button(o) {
  const classes = `govuk-button${o.secondary ? ' govuk-button--secondary' : ''}${o.warning ? ' govuk-button--warning' : ''}${o.classes ? ' ' + o.classes : ''}`;
  if (o.href) {
    return html`<a href="${o.href}" role="button" draggable="false" class="${classes}" data-module="govuk-button"${attributes(o.attributes)}>${o.text}</a>`;
  }
  return html`<button type="${o.type || 'submit'}" class="${classes}" data-module="govuk-button" data-prevent-double-click="true"${o.name ? html` name="${o.name}" value="${o.value ?? ''}"` : ''}${attributes(o.attributes)}>${o.text}</button>`;
}
