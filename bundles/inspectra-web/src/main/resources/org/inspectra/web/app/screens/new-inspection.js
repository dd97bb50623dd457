// Opening an inspection (lead inspectors and administrators): authority, framework (its newest active version is
// pinned for life), type, the day of notification, topics or theme where the type takes them, and the team.
import { get, post, seg, getAll } from '../api.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { select, textInput, checkboxes } from '../components/fields.js';
import { button } from '../components/button.js';
import { backLink } from '../components/back-link.js';
import { errorFor, formValues, onSubmit } from '../form.js';

export default async function newInspection({ session }) {
  const [authorities, frameworks] = await Promise.all([getAll('/local-authorities'), get('/frameworks')]);
  const active = frameworks.filter((f) => f.status === 'active');
  const frameworkIds = [...new Set(active.map((f) => f.id))];
  const details = new Map();
  const detail = async (id) => {
    if (!details.has(id)) {
      details.set(id, await get(`/frameworks/${seg(id)}`));
    }
    return details.get(id);
  };

  const draw = async (values = {}, errors = []) => {
    const frameworkId = values.framework || frameworkIds[0];
    const framework = await detail(frameworkId);
    const type = framework.inspectionTypes.find((t) => t.id === values.type) || framework.inspectionTypes[0];
    const main = page({
      title: 'Open an inspection',
      errors,
      before: backLink('/inspections', 'Back to inspections'),
      body: html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
      <h1 class="govuk-heading-l">Open an inspection</h1>
      <form id="open" novalidate>
        ${select({ name: 'localAuthority', label: 'Local authority', value: values.localAuthority, error: errorFor(errors, 'localAuthority'),
          placeholder: 'Choose the local authority', items: authorities.map((a) => ({ value: a.code, text: `${a.name} (${a.code})` })) })}
        ${select({ name: 'framework', label: 'Framework', hint: 'The newest active version is pinned for the whole inspection', value: frameworkId,
          error: errorFor(errors, 'framework'), items: frameworkIds.map((id) => {
            const f = active.find((a) => a.id === id);
            return { value: id, text: `${f.title} (${id})` };
          }) })}
        ${select({ name: 'type', label: 'Inspection type', value: type.id, error: errorFor(errors, 'type'),
          items: framework.inspectionTypes.map((t) => ({ value: t.id, text: `${t.title}${t.graded ? '' : ' (not graded)'}` })) })}
        ${textInput({ name: 'notifiedOn', label: 'Day the local authority is notified', type: 'date', value: values.notifiedOn, error: errorFor(errors, 'notifiedOn'), width: 10 })}
        ${type.topics?.length ? checkboxes({ name: 'topics', legend: 'Topics', hint: 'At least one', values: values.topics, error: errorFor(errors, 'topics'),
          items: type.topics.map((t) => ({ value: t.id, text: t.title })) }) : ''}
        ${framework.themes?.length ? select({ name: 'theme', label: 'Deep-dive theme', value: values.theme, error: errorFor(errors, 'theme'),
          placeholder: 'None', items: framework.themes.map((t) => ({ value: t.id, text: `${t.title} (${t.id})` })) }) : ''}
        ${textInput({ name: 'inspectors', label: 'Team inspectors', hint: 'User names, separated by commas. You are the lead inspector.',
          value: values.inspectors, error: errorFor(errors, 'team'), spellcheck: false })}
        ${button({ text: 'Open the inspection' })}
      </form></div></div>`,
    });
    const form = main.querySelector('#open');
    ['framework', 'type'].forEach((name) => form.elements[name].addEventListener('change', () => {
      const v = formValues(form, ['topics']);
      // Another type of the same framework changes the form only where it takes topics.
      const chosen = framework.inspectionTypes.find((t) => t.id === v.type);
      if (name === 'type' && !chosen?.topics?.length && !type.topics?.length) {
        return;
      }
      if (name === 'framework') {
        delete v.type;
      }
      draw(v, []).then(() => document.getElementById(name).focus());
    }));
    onSubmit(form, {
      multi: ['topics'],
      action: async (v) => {
        const team = [{ user: session.user, role: 'lead-inspector' },
          ...(v.inspectors || '').split(',').map((u) => u.trim()).filter(Boolean).map((user) => ({ user, role: 'inspector' }))];
        const body = { localAuthority: v.localAuthority, framework: v.framework, type: v.type, notifiedOn: v.notifiedOn || null, team };
        if (v.topics?.length) {
          body.topics = v.topics;
        }
        if (v.theme) {
          body.theme = v.theme;
        }
        const opened = await post('/inspections', body);
        location.assign(`/inspections/${seg(opened.id)}?opened=1`);
      },
      refused: (v, refusal) => draw(v, refusal),
    });
  };
  await draw();
}
