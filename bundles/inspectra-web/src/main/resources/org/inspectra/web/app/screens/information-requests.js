// Requests for further information (000 §166-168, Annex B): the team asks; the authority's link person answers once.
import { post, put, seg, getAll } from '../api.js';
import { html, date, dateTime, words } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { radios, textarea, textInput } from '../components/fields.js';
import { button } from '../components/button.js';
import { tag } from '../components/tag.js';
import { summaryList } from '../components/summary-list.js';
import { notificationBanner } from '../components/notification-banner.js';
import { errorFor, onSubmit } from '../form.js';

const TYPES = ['case-information', 'general', 'line-of-enquiry', 'other'];

export default async function requestsScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  let requests = await getAll(`/inspections/${seg(id)}/information-requests`);
  let done = '';
  const answering = ctx.link && !ctx.readOnly;
  const draw = (values = {}, errors = []) => {
    const unanswered = requests.filter((r) => !r.respondedBy).length;
    const main = inspectionPage(ctx, {
      current: 'information-requests',
      title: 'Information requests',
      errors,
      body: html`${done && !errors.length ? notificationBanner({ success: true, heading: done }) : ''}
      <p class="govuk-body">${String(requests.length)} request${requests.length === 1 ? '' : 's'}, ${String(unanswered)} waiting for an answer.</p>
      ${requests.map((r) => html`<div class="govuk-summary-card" id="request-${r.id}">
        <div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">${words(r.type)}: required by ${date(r.requiredBy)}</h2></div>
        <div class="govuk-summary-card__content">
          ${summaryList([
            { key: 'Status', value: r.respondedBy ? tag('answered') : tag('referred', 'Waiting for the authority') },
            { key: 'What', value: r.what },
            { key: 'Why', value: r.why },
            { key: 'Asked', value: `${dateTime(r.requestedAt)} by ${r.requestedBy}` },
            ...(r.respondedBy ? [{ key: 'Answer', value: html`${r.response}<br><span class="govuk-hint">${dateTime(r.respondedAt)} by ${r.respondedBy}</span>` }] : []),
          ])}
          ${!r.respondedBy && answering ? html`<form class="answer" data-request="${r.id}" data-version="${r.version}" novalidate>
            ${textarea({ name: 'text', id: `answer-${r.id}`, label: 'Your answer', value: values.request === r.id ? values.text : '',
              error: values.request === r.id ? errorFor(errors, `answer-${r.id}`) : undefined })}
            ${button({ text: 'Send the answer' })}
          </form>` : ''}
        </div></div>`)}
      ${ctx.team && !ctx.readOnly ? html`<h2 class="govuk-heading-m">Ask for further information</h2>
      <form id="ask" novalidate>
        ${radios({ name: 'type', legend: 'Type', value: values.request ? '' : values.type, error: errorFor(errors, 'type'), items: TYPES.map((t) => ({ value: t, text: words(t) })), small: true })}
        ${textarea({ name: 'what', label: 'What is asked for', value: values.request ? '' : values.what, error: errorFor(errors, 'what'), rows: 3 })}
        ${textarea({ name: 'why', label: 'Why', value: values.request ? '' : values.why, error: errorFor(errors, 'why'), rows: 3 })}
        ${textInput({ name: 'requiredBy', label: 'Required by', type: 'date', value: values.request ? '' : values.requiredBy, error: errorFor(errors, 'requiredBy'), width: 10 })}
        ${button({ text: 'Send the request' })}
      </form>` : ''}`,
    });
    const ask = main.querySelector('#ask');
    if (ask) {
      onSubmit(ask, {
        action: async (v) => {
          await post(`/inspections/${seg(id)}/information-requests`, { type: v.type || null, what: v.what, why: v.why, requiredBy: v.requiredBy || null });
          requests = await getAll(`/inspections/${seg(id)}/information-requests`);
          done = 'The request is sent to the local authority';
          draw();
        },
        refused: draw,
      });
    }
    main.querySelectorAll('.answer').forEach((form) => onSubmit(form, {
      fields: { text: `answer-${form.dataset.request}` },
      action: async (v) => {
        await put(`/inspections/${seg(id)}/information-requests/${seg(form.dataset.request)}/response`, { text: v.text, version: Number(form.dataset.version) });
        requests = await getAll(`/inspections/${seg(id)}/information-requests`);
        done = 'Your answer is sent to the inspection team';
        draw();
      },
      refused: (v, errors) => draw({ ...v, request: form.dataset.request }, errors),
    }));
  };
  draw();
}
