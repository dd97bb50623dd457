// Lines of enquiry (000 §141, §143, §189): opened by the team, closed by the lead inspector with a rationale.
import { get, post, put, seg } from '../api.js';
import { html, dateTime } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { criterionGroups } from '../data.js';
import { select, textarea } from '../components/fields.js';
import { button } from '../components/button.js';
import { tag } from '../components/tag.js';
import { summaryList } from '../components/summary-list.js';
import { notificationBanner } from '../components/notification-banner.js';
import { errorFor, onSubmit } from '../form.js';

export default async function linesScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  const groups = await criterionGroups(ctx);
  const titles = new Map(groups.flatMap((g) => g.items.map((c) => [c.value, c.text])));
  let lines = await get(`/inspections/${seg(id)}/lines-of-enquiry`);
  let done = '';
  const draw = (values = {}, errors = []) => {
    const main = inspectionPage(ctx, {
      current: 'lines-of-enquiry',
      title: 'Lines of enquiry',
      errors,
      body: html`${done && !errors.length ? notificationBanner({ success: true, heading: done }) : ''}
      ${lines.length === 0 ? html`<p class="govuk-body">No lines of enquiry yet.</p>` : lines.map((l) => html`<div class="govuk-summary-card">
        <div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">${l.question}</h2></div>
        <div class="govuk-summary-card__content">
          ${summaryList([
            { key: 'Status', value: tag(l.closedBy ? 'closed' : 'open', l.closedBy ? 'Closed' : 'Open') },
            ...(l.criterion ? [{ key: 'Criterion', value: titles.get(l.criterion) || l.criterion }] : []),
            { key: 'Opened', value: `${dateTime(l.openedAt)} by ${l.openedBy}` },
            ...(l.closedBy ? [{ key: 'Closed', value: `${dateTime(l.closedAt)} by ${l.closedBy}: ${l.rationale}` }] : []),
          ])}
          ${!l.closedBy && ctx.lead && !ctx.readOnly ? html`<form class="close-line" data-line="${l.id}" novalidate>
            ${textarea({ name: 'text', id: `rationale-${l.id}`, label: 'Why enough evidence is recorded (to close it)', rows: 2,
              value: values.line === l.id ? values.text : '', error: values.line === l.id ? errorFor(errors, `rationale-${l.id}`) : undefined })}
            ${button({ text: 'Close the line of enquiry', secondary: true })}
          </form>` : ''}
        </div></div>`)}
      ${ctx.team && !ctx.readOnly ? html`<h2 class="govuk-heading-m">Open a line of enquiry</h2>
      <form id="open-line" novalidate>
        ${textarea({ name: 'question', label: 'Question', value: values.line ? '' : values.question, error: values.line ? undefined : errorFor(errors, 'question'), rows: 3 })}
        ${select({ name: 'criterion', label: 'Criterion (optional)', value: values.line ? '' : values.criterion, placeholder: 'None', groups, error: errorFor(errors, 'criterion') })}
        ${button({ text: 'Open the line of enquiry' })}
      </form>` : ''}`,
    });
    const open = main.querySelector('#open-line');
    if (open) {
      onSubmit(open, {
        action: async (v) => {
          await post(`/inspections/${seg(id)}/lines-of-enquiry`, { question: v.question, criterion: v.criterion || null });
          lines = await get(`/inspections/${seg(id)}/lines-of-enquiry`);
          done = 'The line of enquiry is open';
          draw();
        },
        refused: draw,
      });
    }
    main.querySelectorAll('.close-line').forEach((form) => onSubmit(form, {
      fields: { text: `rationale-${form.dataset.line}` },
      action: async (v) => {
        await put(`/inspections/${seg(id)}/lines-of-enquiry/${seg(form.dataset.line)}/closure`, { text: v.text });
        lines = await get(`/inspections/${seg(id)}/lines-of-enquiry`);
        done = 'The line of enquiry is closed';
        draw();
      },
      refused: (v, errors) => draw({ ...v, line: form.dataset.line }, errors),
    }));
  };
  draw();
}
