// GOV.UK form fields with their label, hint and inline error message, each written once here.
import { html, attributes } from '../html.js';

function errorMessage(id, error) {
  return error ? html`<p id="${id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${error}</p>` : '';
}

function describedBy(id, hint, error) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
}

function hintText(id, hint) {
  return hint ? html`<div id="${id}-hint" class="govuk-hint">${hint}</div>` : '';
}

function group(error, inner) {
  return html`<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">${inner}</div>`;
}

/** A text input. o: {name, id, label, hint, value, error, type, width, autocomplete, spellcheck, attributes, labelClass} */
export function textInput(o) {
  const id = o.id || o.name;
  const width = o.width ? ` govuk-input--width-${o.width}` : '';
  return group(o.error, html`<label class="govuk-label${o.labelClass ? ' ' + o.labelClass : ''}" for="${id}">${o.label}</label>
  ${hintText(id, o.hint)}${errorMessage(id, o.error)}
  <input class="govuk-input${width}${o.error ? ' govuk-input--error' : ''}" id="${id}" name="${o.name}" type="${o.type || 'text'}"
    value="${o.value ?? ''}"${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.spellcheck === false ? html` spellcheck="false"` : ''}${describedBy(id, o.hint, o.error)}${attributes(o.attributes)}>`);
}

/** A textarea. o: {name, id, label, hint, value, error, rows, labelClass} */
export function textarea(o) {
  const id = o.id || o.name;
  return group(o.error, html`<label class="govuk-label${o.labelClass ? ' ' + o.labelClass : ''}" for="${id}">${o.label}</label>
  ${hintText(id, o.hint)}${errorMessage(id, o.error)}
  <textarea class="govuk-textarea${o.error ? ' govuk-textarea--error' : ''}" id="${id}" name="${o.name}" rows="${o.rows || 5}"${describedBy(id, o.hint, o.error)}${attributes(o.attributes)}>${o.value ?? ''}</textarea>`);
}

/**
 * A select. o: {name, id, label, hint, value, error, items: [{value, text}], groups: [{label, items}], placeholder}
 */
export function select(o) {
  const id = o.id || o.name;
  const option = (i) => html`<option value="${i.value}"${String(i.value) === String(o.value ?? '') ? ' selected' : ''}>${i.text}</option>`;
  const options = o.groups
    ? o.groups.map((g) => html`<optgroup label="${g.label}">${g.items.map(option)}</optgroup>`)
    : (o.items || []).map(option);
  return group(o.error, html`<label class="govuk-label${o.labelClass ? ' ' + o.labelClass : ''}" for="${id}">${o.label}</label>
  ${hintText(id, o.hint)}${errorMessage(id, o.error)}
  <select class="govuk-select${o.error ? ' govuk-select--error' : ''}" id="${id}" name="${o.name}"${describedBy(id, o.hint, o.error)}${attributes(o.attributes)}>
    ${o.placeholder !== undefined ? html`<option value="">${o.placeholder}</option>` : ''}${options}
  </select>`);
}

/** Radios in a fieldset. o: {name, legend, hint, value, error, items: [{value, text, hint}], inline, small} */
export function radios(o) {
  const id = o.id || o.name;
  const classes = `govuk-radios${o.inline ? ' govuk-radios--inline' : ''}${o.small ? ' govuk-radios--small' : ''}`;
  return group(o.error, html`<fieldset class="govuk-fieldset"${describedBy(id, o.hint, o.error)}>
  <legend class="govuk-fieldset__legend${o.legendClass ? ' ' + o.legendClass : ' govuk-fieldset__legend--s'}">${o.legend}</legend>
  ${hintText(id, o.hint)}${errorMessage(id, o.error)}
  <div class="${classes}" data-module="govuk-radios">
    ${o.items.map((item, i) => html`<div class="govuk-radios__item">
      <input class="govuk-radios__input" id="${i === 0 ? id : `${id}-${i}`}" name="${o.name}" type="radio" value="${item.value}"${String(item.value) === String(o.value ?? '') ? ' checked' : ''}${item.hint ? html` aria-describedby="${id}-${i}-hint"` : ''}>
      <label class="govuk-label govuk-radios__label" for="${i === 0 ? id : `${id}-${i}`}">${item.text}</label>
      ${item.hint ? html`<div id="${id}-${i}-hint" class="govuk-hint govuk-radios__hint">${item.hint}</div>` : ''}
    </div>`)}
  </div>
</fieldset>`);
}

/** Checkboxes in a fieldset. o: {name, legend, hint, values: [...], error, items: [{value, text, hint}], small} */
export function checkboxes(o) {
  const id = o.id || o.name;
  const values = (o.values || []).map(String);
  return group(o.error, html`<fieldset class="govuk-fieldset"${describedBy(id, o.hint, o.error)}>
  <legend class="govuk-fieldset__legend${o.legendClass ? ' ' + o.legendClass : ' govuk-fieldset__legend--s'}">${o.legend}</legend>
  ${hintText(id, o.hint)}${errorMessage(id, o.error)}
  <div class="govuk-checkboxes${o.small ? ' govuk-checkboxes--small' : ''}" data-module="govuk-checkboxes">
    ${o.items.map((item, i) => html`<div class="govuk-checkboxes__item">
      <input class="govuk-checkboxes__input" id="${i === 0 ? id : `${id}-${i}`}" name="${o.name}" type="checkbox" value="${item.value}"${values.includes(String(item.value)) ? ' checked' : ''}>
      <label class="govuk-label govuk-checkboxes__label" for="${i === 0 ? id : `${id}-${i}`}">${item.text}</label>
      ${item.hint ? html`<div class="govuk-hint govuk-checkboxes__hint">${item.hint}</div>` : ''}
    </div>`)}
  </div>
</fieldset>`);
}

/** A file upload. o: {name, id, label, hint, error, accept} */
export function fileUpload(o) {
  const id = o.id || o.name;
  return group(o.error, html`<label class="govuk-label" for="${id}">${o.label}</label>
  ${hintText(id, o.hint)}${errorMessage(id, o.error)}
  <input class="govuk-file-upload${o.error ? ' govuk-file-upload--error' : ''}" id="${id}" name="${o.name}" type="file"${o.accept ? html` accept="${o.accept}"` : ''}${describedBy(id, o.hint, o.error)}>`);
}
