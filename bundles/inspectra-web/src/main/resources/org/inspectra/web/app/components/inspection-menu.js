// The inspection's own menu beside each of its screens: the screens this user may use, the current one marked.
import { html } from '../html.js';

export function inspectionMenu(id, items, current) {
  return html`<nav class="app-subnav" aria-label="Inspection">
  <ul class="app-subnav__list">
    ${items.map((i) => html`<li class="app-subnav__item${i.key === current ? ' app-subnav__item--current' : ''}">
      <a class="govuk-link app-subnav__link" href="/inspections/${id}${i.path}"${i.key === current ? ' aria-current="page"' : ''}>${i.text}</a>
    </li>`)}
  </ul>
</nav>`;
}
