// The Annex A documents checklist (000 §271, 004 Annex A): the authority's link person marks each supplied.
import { get, put, seg } from '../api.js';
import { html, dateTime } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { tag } from '../components/tag.js';
import { notificationBanner } from '../components/notification-banner.js';
import { errorsOf } from '../form.js';

export default async function documentsScreen({ session, params }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  let items = await get(`/inspections/${seg(id)}/documents`);
  let done = '';
  const marking = ctx.link && !ctx.readOnly;
  const draw = (errors = []) => {
    const supplied = items.filter((d) => d.supplied).length;
    const sections = [...new Set(items.map((d) => d.section))];
    const main = inspectionPage(ctx, {
      current: 'documents',
      title: 'Documents',
      errors,
      body: html`${done && !errors.length ? notificationBanner({ success: true, heading: done }) : ''}
      <p class="govuk-body">${String(supplied)} of ${String(items.length)} documents supplied.</p>
      ${sections.map((section) => html`<h2 class="govuk-heading-m">${section}</h2>
        <ul class="govuk-task-list">
          ${items.filter((d) => d.section === section).map((d) => html`<li class="govuk-task-list__item">
            <div class="govuk-task-list__name-and-hint">
              <span>${d.number} ${d.title}</span>
              ${d.supplied ? html`<div class="govuk-task-list__hint">Supplied ${dateTime(d.suppliedAt)} by ${d.suppliedBy}${d.note ? ': ' + d.note : ''}</div>` : ''}
            </div>
            <div class="govuk-task-list__status app-doc-status">
              ${d.supplied ? tag('supplied', 'Supplied') : tag('not-supplied', 'Not yet')}
              ${marking ? html`<form class="supply" data-number="${d.number}" data-supplied="${String(!d.supplied)}">
                  <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" id="doc-${d.number.replace(/\./g, '-')}">${d.supplied ? 'Take back' : 'Mark supplied'}<span class="govuk-visually-hidden"> ${d.number}</span></button>
                </form>` : ''}
            </div>
          </li>`)}
        </ul>`)}`,
    });
    main.querySelectorAll('.supply').forEach((form) => form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const number = form.dataset.number;
      try {
        await put(`/inspections/${seg(id)}/documents/${seg(number)}`, { supplied: form.dataset.supplied === 'true' });
        items = await get(`/inspections/${seg(id)}/documents`);
        done = form.dataset.supplied === 'true' ? `Document ${number} is marked supplied` : `Document ${number} is marked not supplied`;
        draw();
        document.getElementById(`doc-${number.replace(/\./g, '-')}`)?.focus();
      } catch (error) {
        draw(errorsOf(error));
      }
    }));
  };
  draw();
}
