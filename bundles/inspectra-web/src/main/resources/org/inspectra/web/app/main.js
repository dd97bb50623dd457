// Starts every page: finds the session, draws the menu for its roles and hands the URL to its screen's module.
// Every screen has a URL of its own; links are real links, so titles, focus and the back button behave as usual.
import { del, get, useCsrfToken, ApiError } from './api.js';
import { frame, activate, page } from './layout.js';
import { html } from './html.js';
// URL patterns and the screen module that draws each (:names become params); the server answers these URLs with
// the page shell and every other with 404, from the same file.
import ROUTES from './routes.json' with { type: 'json' };

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
// Tests (and anything else watching) know the screen is drawn when this reads ready.
document.documentElement.dataset.screenState = 'loading';

function ready() {
  document.documentElement.dataset.screenState = 'ready';
}

function match(path) {
  const parts = path.replace(/\/+$/, '').split('/').slice(1);
  for (const { path: pattern, screen, public: open } of ROUTES) {
    const want = pattern === '/' ? [] : pattern.split('/').slice(1);
    if (want.length !== parts.length) {
      continue;
    }
    const params = {};
    if (want.every((w, i) => (w.startsWith(':') ? (params[w.slice(1)] = decodeURIComponent(parts[i])) : w === parts[i]))) {
      return { screen, params, options: { public: Boolean(open) } };
    }
  }
  return null;
}

async function signOut() {
  try {
    await del('/session', { allowUnauthorized: true });
  } catch (ignored) {
    // Signed out already: the sign-in page says so either way.
  }
  useCsrfToken(null);
  location.assign('/sign-in?signedOut=1');
}

async function start() {
  const route = match(location.pathname);
  let session = null;
  try {
    session = await get('/session', { allowUnauthorized: true });
    useCsrfToken(session.csrfToken);
  } catch (error) {
    if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 404)) {
      throw error;
    }
  }
  if (!session && !route?.options.public) {
    location.replace('/sign-in?next=' + encodeURIComponent(location.pathname + location.search));
    return;
  }
  frame(session, signOut);
  activate(document.getElementById('app-navigation'));
  if (!route) {
    page({ title: 'Page not found', body: html`<h1 class="govuk-heading-l">Page not found</h1>
      <p class="govuk-body">If you typed the web address, check it is correct.</p>
      <p class="govuk-body"><a class="govuk-link" href="/">Go to the start</a></p>` });
    ready();
    return;
  }
  const module = await import(`./screens/${route.screen}.js`);
  try {
    const leaving = await module.default({ session, params: route.params, query: new URLSearchParams(location.search) });
    if (leaving !== 'leaving') {
      ready();
    }
  } catch (error) {
    if (error instanceof ApiError && error.leaving) {
      return;
    }
    const status = error instanceof ApiError ? error.status : 0;
    const title = status === 404 ? 'Not found' : status === 403 ? 'You cannot see this' : 'Sorry, there is a problem';
    page({ title, body: html`<h1 class="govuk-heading-l">${title}</h1>
      <p class="govuk-body">${error instanceof ApiError ? (error.problem.detail || error.problem.title) : String(error)}</p>
      <p class="govuk-body"><a class="govuk-link" href="/">Go to the start</a></p>` });
    ready();
  }
}

start();
