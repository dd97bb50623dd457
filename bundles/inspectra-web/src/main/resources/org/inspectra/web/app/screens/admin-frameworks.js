// Administrators: every installed framework and deep-dive theme version with its status, bundle and the inspections
// pinned to it; deploy a bundle by uploading its jar (upload progress, then what it provides); retire or uninstall a
// version after a confirmation that says what happens to the inspections in flight.
import { get, del, seg, applicationHeaders, ApiError } from '../api.js';
import { html, render } from '../html.js';
import { page } from '../layout.js';
import { table } from '../components/table.js';
import { tag } from '../components/tag.js';
import { fileUpload } from '../components/fields.js';
import { button } from '../components/button.js';
import { progressBar } from '../components/progress.js';
import { notificationBanner } from '../components/notification-banner.js';
import { warningText } from '../components/warning-text.js';
import { backLink } from '../components/back-link.js';
import { errorsOf } from '../form.js';

/** Posts the jar with XMLHttpRequest, whose upload reports its progress as it is sent. */
function deploy(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/admin/frameworks');
    Object.entries(applicationHeaders('POST')).forEach(([k, v]) => xhr.setRequestHeader(k, v));
    xhr.setRequestHeader('Content-Type', 'application/java-archive');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100)));
    xhr.addEventListener('load', () => {
      let body;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (notJson) {
        body = { title: xhr.statusText };
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body);
      } else {
        reject(new ApiError(xhr.status, body));
      }
    });
    xhr.addEventListener('error', () => reject(new Error('the upload did not reach the server')));
    xhr.send(file);
  });
}

function confirmation(q, frameworks, themes) {
  const action = q.get('confirm');
  const theme = q.get('theme');
  const target = theme
    ? themes.find((t) => t.framework === q.get('id') && t.id === theme && t.version === q.get('version'))
    : frameworks.find((f) => f.id === q.get('id') && f.version === q.get('version'));
  if (!target) {
    return null;
  }
  const name = theme ? `theme ${target.id} ${target.version} of ${target.framework}` : `${target.id} ${target.version} (${target.title})`;
  const inFlight = target.openInspections;
  let what;
  if (action === 'retire') {
    what = html`<p class="govuk-body">No new inspection can start on ${name}. ${inFlight === 1 ? 'The 1 open inspection pinned to it keeps' : `The ${inFlight} open inspections pinned to it keep`} it for life: their criteria, rules and timelines do not change.</p>`;
  } else if (inFlight > 0 || (theme && target.inspections > 0)) {
    what = html`${warningText(`${theme ? target.inspections : inFlight} inspection${(theme ? target.inspections : inFlight) === 1 ? '' : 's'} pin ${name}, so it cannot be uninstalled: they keep the version they started under.`)}
      ${theme ? '' : html`<p class="govuk-body">Retire it instead: new inspections stop, the ones in flight keep it.</p>`}`;
  } else {
    what = html`<p class="govuk-body">No open inspection pins ${name}. Its bundle is uninstalled; ${target.inspections ? `the ${target.inspections} finished inspection(s) that used it keep their records` : 'no inspection used it'}.</p>`;
  }
  const blocked = action !== 'retire' && (theme ? target.inspections > 0 : inFlight > 0);
  return { name, what, blocked, action, theme, target };
}

export default async function adminFrameworks({ query }) {
  let [frameworks, themes] = await Promise.all([get('/admin/frameworks'), get('/admin/frameworks/themes')]);
  const confirm = query.get('confirm') ? confirmation(query, frameworks, themes) : null;
  if (confirm) {
    const main = page({
      title: `${confirm.action === 'retire' ? 'Retire' : 'Uninstall'} ${confirm.name}`,
      before: backLink('/admin/frameworks', 'Back to frameworks'),
      body: html`<h1 class="govuk-heading-l">${confirm.action === 'retire' ? 'Retire' : 'Uninstall'} ${confirm.name}?</h1>
      <h2 class="govuk-heading-m">What happens to inspections in flight</h2>
      ${confirm.what}
      <form id="confirm" novalidate><div class="govuk-button-group">
        ${confirm.blocked ? '' : button({ text: confirm.action === 'retire' ? 'Retire this version' : 'Uninstall this version', warning: true })}
        <a class="govuk-link" href="/admin/frameworks">Cancel</a>
      </div></form>`,
    });
    main.querySelector('#confirm').addEventListener('submit', async (event) => {
      event.preventDefault();
      const t = confirm.target;
      try {
        const path = confirm.theme
          ? `/admin/frameworks/${seg(t.framework)}/themes/${seg(t.id)}/versions/${seg(t.version)}`
          : `/admin/frameworks/${seg(t.id)}/versions/${seg(t.version)}${confirm.action === 'retire' ? '?retire=true' : ''}`;
        const outcome = await del(path);
        location.assign(`/admin/frameworks?done=${encodeURIComponent(`${confirm.name}: ${outcome.outcome}`)}`);
      } catch (error) {
        page({ title: 'Not done', errors: errorsOf(error), before: backLink('/admin/frameworks', 'Back to frameworks'),
          body: html`<h1 class="govuk-heading-l">${confirm.name} was not changed</h1>` });
      }
    });
    return;
  }

  const draw = (banner = '', errors = []) => {
    const main = page({
      title: 'Frameworks',
      errors,
      body: html`${banner}${query.get('done') && !banner && !errors.length ? notificationBanner({ success: true, heading: query.get('done') }) : ''}
      <h1 class="govuk-heading-l">Frameworks and themes</h1>
      ${table({ caption: 'Framework versions', scroll: true, head: ['Framework', 'Version', 'Status', 'Bundle', { text: 'Open inspections pinned', numeric: true }, { text: 'All pinned', numeric: true }, 'Actions'],
        rows: frameworks.map((f) => [html`${f.title}<br><span class="govuk-hint">${f.id}</span>`, f.version, tag(f.status),
          html`${f.bundle.symbolicName} ${f.bundle.version}<br><span class="govuk-hint">${f.bundle.state.toLowerCase()}</span>`,
          { text: String(f.openInspections), numeric: true }, { text: String(f.inspections), numeric: true },
          html`<ul class="govuk-list">
            ${f.status === 'active' ? html`<li><a class="govuk-link" href="/admin/frameworks?confirm=retire&id=${f.id}&version=${f.version}">Retire<span class="govuk-visually-hidden"> ${f.id} ${f.version}</span></a></li>` : ''}
            <li><a class="govuk-link" href="/admin/frameworks?confirm=uninstall&id=${f.id}&version=${f.version}">Uninstall<span class="govuk-visually-hidden"> ${f.id} ${f.version}</span></a></li></ul>`]) })}
      ${table({ caption: 'Deep-dive theme versions', scroll: true, head: ['Theme', 'Framework', 'Version', 'Bundle', { text: 'Open inspections pinned', numeric: true }, { text: 'All pinned', numeric: true }, 'Actions'],
        rows: themes.map((t) => [html`${t.title}<br><span class="govuk-hint">${t.id}</span>`, t.framework, t.version,
          `${t.bundle.symbolicName} ${t.bundle.version}`, { text: String(t.openInspections), numeric: true }, { text: String(t.inspections), numeric: true },
          html`<a class="govuk-link" href="/admin/frameworks?confirm=uninstall&id=${t.framework}&theme=${t.id}&version=${t.version}">Uninstall<span class="govuk-visually-hidden"> theme ${t.id} ${t.version}</span></a>`]) })}
      <h2 class="govuk-heading-m">Deploy a framework or theme</h2>
      <form id="deploy" novalidate>
        ${fileUpload({ name: 'bundle', label: 'Bundle (.jar)', hint: 'A framework or deep-dive theme bundle; a newer version of one already installed is added beside it', accept: '.jar,application/java-archive',
          error: errors.find((e) => e.field === 'bundle')?.message })}
        ${button({ text: 'Deploy' })}
      </form>
      <div id="deploy-progress"></div>`,
    });
    const form = main.querySelector('#deploy');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const file = form.elements.bundle.files[0];
      if (!file) {
        draw('', [{ field: 'bundle', message: 'Choose the bundle to deploy' }]);
        return;
      }
      const holder = main.querySelector('#deploy-progress');
      render(holder, progressBar({ id: 'deploy-bar', label: `Uploading ${file.name}`, percent: 0, text: 'Starting…' }));
      const bar = holder.querySelector('progress');
      const text = holder.querySelector('#deploy-bar-text');
      form.querySelector('button').disabled = true;
      try {
        const provided = await deploy(file, (percent) => {
          bar.value = percent;
          text.textContent = percent < 100 ? `${percent}% sent` : 'Sent; the server is installing and starting the bundle…';
        });
        [frameworks, themes] = await Promise.all([get('/admin/frameworks'), get('/admin/frameworks/themes')]);
        draw(notificationBanner({ success: true, heading: `${file.name} is deployed`,
          body: html`<ul class="govuk-list">${provided.map((p) => html`<li>${p.title} ${p.version}${p.framework ? ` (theme of ${p.framework})` : ''}</li>`)}</ul>` }));
        document.querySelector('.govuk-notification-banner')?.focus();
      } catch (error) {
        draw('', errorsOf(error).map((e) => ({ ...e, field: 'bundle' })));
      }
    });
  };
  draw();
}
