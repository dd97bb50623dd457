// GOV.UK table. o: {caption, captionClass, head: [text | {text, numeric}], rows: [[cell | {text, numeric, header, classes}]], classes,
// scroll}; scroll: a table wider than a narrow window scrolls sideways in its own region, not the whole page.
import { html, Safe } from '../html.js';

/** A region that scrolls sideways when what it holds is wider than the window; named and reachable by keyboard. */
export function scrollable(label, content) {
  // A label drawn as markup (a caption with a link) is named by its words only.
  const name = label instanceof Safe ? new Safe(label.markup.replace(/<[^>]*>/g, '')) : label;
  return html`<div class="app-table-scroll" role="region" aria-label="${name}" tabindex="0">${content}</div>`;
}

function cellOf(c) {
  return c !== null && typeof c === 'object' && !(c instanceof Safe) ? c : { text: c };
}

export function table(o) {
  if (o.scroll) {
    // The caption is shown above the region, where it wraps to the window, and read as the table's own caption.
    return html`${o.caption ? html`<div class="govuk-table__caption ${o.captionClass || 'govuk-table__caption--m'} app-table-title" aria-hidden="true">${o.caption}</div>` : ''}
    ${scrollable(o.caption || 'Table', table({ ...o, scroll: false, captionClass: 'govuk-visually-hidden' }))}`;
  }
  return html`<table class="govuk-table${o.classes ? ' ' + o.classes : ''}">
  ${o.caption ? html`<caption class="${o.captionClass === 'govuk-visually-hidden' ? 'govuk-visually-hidden' : `govuk-table__caption ${o.captionClass || 'govuk-table__caption--m'}`}">${o.caption}</caption>` : ''}
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    ${o.head.map((h) => {
      const c = cellOf(h);
      return html`<th scope="col" class="govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}${c.classes ? ' ' + c.classes : ''}">${c.text}</th>`;
    })}
  </tr></thead>
  <tbody class="govuk-table__body">
    ${o.rows.map((row) => html`<tr class="govuk-table__row">${row.map((cell, i) => {
      const c = cellOf(cell);
      const classes = `${c.numeric ? ' govuk-table__cell--numeric' : ''}${c.classes ? ' ' + c.classes : ''}`;
      return (c.header || (o.firstCellIsHeader && i === 0))
        ? html`<th scope="row" class="govuk-table__header${classes}">${c.text}</th>`
        : html`<td class="govuk-table__cell${classes}">${c.text}</td>`;
    })}</tr>`)}
  </tbody>
</table>`;
}
