// Markup built from strings with every value escaped, unless it is markup already made here (Safe).

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export class Safe {
  constructor(markup) {
    this.markup = markup;
  }

  toString() {
    return this.markup;
  }
}

/** Text as markup, escaped. */
export function esc(value) {
  if (value instanceof Safe) {
    return value.markup;
  }
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function part(value) {
  if (Array.isArray(value)) {
    return value.map(part).join('');
  }
  if (value === false || value === null || value === undefined) {
    return '';
  }
  return esc(value);
}

/** A tagged template: html`<p>${text}</p>` escapes text; arrays are joined; false, null and undefined vanish. */
export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((value, i) => {
    out += part(value) + strings[i + 1];
  });
  return new Safe(out);
}

/** Extra attributes from an object ({id: 'x', inputmode: 'numeric'}), names checked and values escaped. */
export function attributes(map) {
  return new Safe(Object.entries(map || {})
    .filter(([name]) => /^[a-z][a-z0-9-]*$/.test(name))
    .map(([name, value]) => ` ${name}="${esc(value)}"`).join(''));
}

/** Puts markup into an element. */
export function render(element, markup) {
  element.innerHTML = esc(markup);
}

/** A date as people in England write it: 1 September 2025. */
export function date(value) {
  if (!value) {
    return '';
  }
  const d = new Date(value.length === 10 ? value + 'T12:00:00Z' : value);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
}

/** A date and time: 1 September 2025, 10:00. */
export function dateTime(value) {
  if (!value) {
    return '';
  }
  return new Date(value).toLocaleString('en-GB', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London',
  });
}

/** kebab-case ids read as words: requires-improvement becomes Requires improvement. */
export function words(id) {
  if (!id) {
    return '';
  }
  const text = String(id).replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
