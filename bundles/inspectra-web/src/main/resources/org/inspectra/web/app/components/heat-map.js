// A heat map as a table: rows by columns with the count written in every cell, the shade only repeating the number;
// rows with nothing marked in words. o: {caption, rowHeader, columns: [{id, text}], rows: [{title, href, counts: {id: n}, empty}]}
import { html } from '../html.js';
import { scrollable } from './table.js';

function shade(count, max) {
  if (!count) {
    return 0;
  }
  return Math.min(4, 1 + Math.floor((count / Math.max(max, 1)) * 3.999));
}

export function heatMap(o) {
  const max = Math.max(0, ...o.rows.flatMap((r) => o.columns.map((c) => r.counts[c.id] || 0)));
  return html`<div class="govuk-table__caption govuk-table__caption--m app-table-title" aria-hidden="true">${o.caption}</div>
  ${scrollable(o.caption, html`<table class="govuk-table app-heat-table">
  <caption class="govuk-visually-hidden">${o.caption}</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">${o.rowHeader}</th>
    ${o.columns.map((c) => html`<th scope="col" class="govuk-table__header govuk-table__header--numeric">${c.text}</th>`)}
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Total</th>
  </tr></thead>
  <tbody class="govuk-table__body">
    ${o.rows.map((r) => {
      const total = o.columns.reduce((sum, c) => sum + (r.counts[c.id] || 0), 0);
      return html`<tr class="govuk-table__row${r.empty ? ' app-heat-row--empty' : ''}">
        <th scope="row" class="govuk-table__header${r.empty ? ' app-heat--none' : ''}">${r.href ? html`<a class="govuk-link" href="${r.href}">${r.title}</a>` : r.title}${r.empty ? html`<br><strong class="govuk-tag govuk-tag--red">No evidence</strong>` : ''}</th>
        ${o.columns.map((c) => {
          const n = r.counts[c.id] || 0;
          return html`<td class="govuk-table__cell govuk-table__cell--numeric app-heat app-heat--${shade(n, max)}">${String(n)}</td>`;
        })}
        <td class="govuk-table__cell govuk-table__cell--numeric${r.empty ? ' app-heat--none' : ''}">${String(total)}</td>
      </tr>`;
    })}
  </tbody>
</table>`)}`;
}
