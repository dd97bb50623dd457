// Sign in with a user of the realm: the API opens a session and sets its cookie (HttpOnly, SameSite=Strict).
import { post, useCsrfToken } from '../api.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { textInput } from '../components/fields.js';
import { button } from '../components/button.js';
import { notificationBanner } from '../components/notification-banner.js';
import { errorFor, onSubmit } from '../form.js';

/** Only a path of this server is a place to go back to after signing in. */
function nextPath(query) {
  const next = query.get('next') || '/';
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

export default async function signIn({ session, query }) {
  if (session) {
    location.replace(nextPath(query));
    return 'leaving';
  }
  const draw = (values = {}, errors = []) => {
    const main = page({
      title: 'Sign in',
      errors,
      body: html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
        ${query.get('signedOut') && !errors.length ? notificationBanner({ success: true, heading: 'You have signed out' }) : ''}
        <h1 class="govuk-heading-l">Sign in to Inspectra</h1>
        <p class="govuk-body">Use the user name and password your administrator gave you.</p>
        <form id="sign-in" novalidate>
          ${textInput({ name: 'user', label: 'User name', value: values.user, error: errorFor(errors, 'user'), autocomplete: 'username', spellcheck: false, width: 20 })}
          ${textInput({ name: 'password', label: 'Password', type: 'password', value: '', error: errorFor(errors, 'password'), autocomplete: 'current-password', width: 20 })}
          ${button({ text: 'Sign in' })}
        </form>
      </div></div>`,
    });
    onSubmit(main.querySelector('#sign-in'), {
      action: async (v) => {
        const missing = [];
        if (!v.user?.trim()) {
          missing.push({ field: 'user', message: 'Enter your user name' });
        }
        if (!v.password) {
          missing.push({ field: 'password', message: 'Enter your password' });
        }
        if (missing.length) {
          draw(v, missing);
          return;
        }
        const opened = await post('/session', { user: v.user.trim(), password: v.password }, { allowUnauthorized: true });
        useCsrfToken(opened.csrfToken);
        location.assign(nextPath(query));
      },
      refused: (v, errors) => draw({ user: v.user }, errors),
    });
  };
  draw();
}
