// The report's summary (000 §211): the type's questions, each answered in the lead inspector's words.
import { get, put, seg } from '../api.js';
import { html, dateTime } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { textarea } from '../components/fields.js';
import { button } from '../components/button.js';
import { notificationBanner } from '../components/notification-banner.js';
import { errorFor, onSubmit } from '../form.js';

export default async function summaryScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  let answers = await get(`/inspections/${seg(id)}/summary`);
  let done = '';
  const draw = (values = {}, errors = []) => {
    const editable = ctx.lead && !ctx.readOnly;
    const main = inspectionPage(ctx, {
      current: 'summary',
      title: 'Report summary',
      errors,
      body: html`${done && !errors.length ? notificationBanner({ success: true, heading: done }) : ''}
      <p class="govuk-body">The first page of the report answers these questions in the lead inspector's words.</p>
      ${answers.map((a) => html`<form class="answer" data-question="${a.id}" novalidate>
        ${editable ? textarea({ name: 'text', id: `answer-${a.id}`, label: `${a.question} (${a.source})`, labelClass: 'govuk-label--s', rows: 4,
          hint: a.writtenBy ? `Written ${dateTime(a.writtenAt)} by ${a.writtenBy}` : 'Not answered yet',
          value: values.question === a.id ? values.text : (a.answer || ''), error: values.question === a.id ? errorFor(errors, `answer-${a.id}`) : undefined })
          : html`<h2 class="govuk-heading-s">${a.question}</h2><p class="govuk-body">${a.answer || 'Not answered yet'}</p>`}
        ${editable ? button({ text: 'Save the answer', secondary: true }) : ''}
      </form>`)}`,
    });
    main.querySelectorAll('form.answer').forEach((form) => onSubmit(form, {
      fields: { text: `answer-${form.dataset.question}` },
      action: async (v) => {
        await put(`/inspections/${seg(id)}/summary/${seg(form.dataset.question)}`, { text: v.text });
        answers = await get(`/inspections/${seg(id)}/summary`);
        done = 'The answer is saved';
        draw();
      },
      refused: (v, errors) => draw({ ...v, question: form.dataset.question }, errors),
    }));
  };
  draw();
}
