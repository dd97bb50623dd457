// The page around each screen: title, menu by role, account, and where focus goes.
import { html, render } from './html.js';
import { errorSummary } from './components/error-summary.js';
import { initAll } from '/govuk/govuk-frontend.min.js';

export const SERVICE = 'Inspectra';

export function isStaff(session) {
  return session.roles.some((r) => r === 'admin' || r === 'lead-inspector' || r === 'inspector');
}

export function isAdmin(session) {
  return session.roles.includes('admin');
}

export function isLead(session) {
  return session.roles.includes('lead-inspector') || isAdmin(session);
}

export function isLinkPerson(session) {
  return session.roles.includes('la-link') && !isStaff(session);
}

/** The service's menu: what this user's roles may use. */
export function menuItems(session) {
  if (!session) {
    return [];
  }
  const items = [];
  if (isStaff(session)) {
    items.push({ href: '/inspections', text: 'My inspections', match: /^\/inspections/ });
    items.push({ href: '/calendar', text: 'Calendar', match: /^\/calendar/ });
  } else if (isLinkPerson(session)) {
    items.push({ href: '/inspections', text: 'Our inspections', match: /^\/inspections/ });
  }
  if (isAdmin(session)) {
    items.push({ href: '/admin/frameworks', text: 'Frameworks', match: /^\/admin\/frameworks/ });
    items.push({ href: '/admin/local-authorities', text: 'Local authorities', match: /^\/admin\/local-authorities/ });
    items.push({ href: '/admin/retention', text: 'Retention', match: /^\/admin\/retention/ });
  }
  return items;
}

/** Draws the menu and the account area (user, sign out). */
export function frame(session, onSignOut) {
  const nav = document.getElementById('app-navigation');
  const items = menuItems(session);
  if (items.length) {
    nav.hidden = false;
    render(nav, html`<div class="govuk-width-container"><div class="govuk-service-navigation__container">
  <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
    <button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden>Menu</button>
    <ul class="govuk-service-navigation__list" id="navigation">
      ${items.map((i) => {
        const current = i.match.test(location.pathname);
        return html`<li class="govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}">
          <a class="govuk-service-navigation__link" href="${i.href}"${current ? ' aria-current="true"' : ''}>${current ? html`<strong class="govuk-service-navigation__active-fallback">${i.text}</strong>` : i.text}</a>
        </li>`;
      })}
    </ul>
  </nav>
</div></div>`);
  }
  const account = document.getElementById('app-account');
  if (session) {
    render(account, html`<span class="app-header__user">${session.user}</span>
      <span class="govuk-visually-hidden">, signed in as ${session.roles.join(', ')}</span>
      <button type="button" class="govuk-button govuk-button--inverse" id="sign-out" data-module="govuk-button">Sign out</button>`);
    document.getElementById('sign-out').addEventListener('click', onSignOut);
  }
}

/**
 * Draws a screen: its title (in the tab too, with Error: first while the page shows errors) and body.
 * o: {title, caption, body, errors, before}
 */
export function page(o) {
  document.title = `${o.errors?.length ? 'Error: ' : ''}${o.title} – ${SERVICE}`;
  render(document.getElementById('app-before-main'), o.before || '');
  const main = document.getElementById('main-content');
  render(main, html`${errorSummary(o.errors)}${o.body}`);
  activate(main);
  if (o.errors?.length) {
    main.querySelector('.govuk-error-summary')?.focus();
  }
  return main;
}

/** Starts GOV.UK Frontend's components inside what was just drawn. */
export function activate(scope) {
  initAll({ scope });
}

/** Shows a notice at the top of the screen (what just happened), announced and focused. */
export function notice(markup) {
  const main = document.getElementById('main-content');
  const holder = document.createElement('div');
  holder.innerHTML = String(markup);
  main.prepend(...holder.childNodes);
  activate(main);
}
