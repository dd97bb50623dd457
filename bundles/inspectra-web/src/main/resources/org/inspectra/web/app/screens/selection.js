// Selection (000 §150-154, 003 §52-62): the framework's proposal for a stage, with the reason for each child and the
// rules it meets, among them the balance of the cohort by age, gender, disability and ethnicity; the lead accepts it.
import { get, post, put, seg, ApiError } from '../api.js';
import { html, dateTime, words } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { select, textInput } from '../components/fields.js';
import { button } from '../components/button.js';
import { table } from '../components/table.js';
import { tag } from '../components/tag.js';
import { notificationBanner } from '../components/notification-banner.js';
import { errorFor, onSubmit } from '../form.js';

export default async function selectionScreen({ session, params, query }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  const stages = ctx.framework.selectionStages || [];
  const stage = query.get('stage') || stages[0]?.stage || '';
  let accepted = null;
  if (stage) {
    try {
      accepted = await get(`/inspections/${seg(id)}/selections/${seg(stage)}`);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404) {
        throw error;
      }
    }
  }
  let proposal = null;
  let done = '';
  const draw = (values = { stage }, errors = []) => {
    const main = inspectionPage(ctx, {
      current: 'selection',
      title: 'Selection',
      errors,
      body: html`${done && !errors.length ? notificationBanner({ success: true, heading: done }) : ''}
      ${stages.length === 0 ? html`<p class="govuk-body">The framework proposes no children for this inspection.</p>` : html`
      <form id="propose" novalidate>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-half">${select({ name: 'stage', label: 'Stage', value: values.stage, error: errorFor(errors, 'stage'),
            items: stages.map((s) => ({ value: s.stage, text: `${words(s.stage)} (${s.source})` })) })}</div>
          <div class="govuk-grid-column-one-half">${textInput({ name: 'size', label: 'How many children (optional)', hint: 'The framework\'s number if left empty', value: values.size, error: errorFor(errors, 'size'), width: 4, attributes: { inputmode: 'numeric' } })}</div>
        </div>
        ${button({ text: 'Propose children' })}
      </form>`}
      ${proposal ? html`<h2 class="govuk-heading-m">Proposal for ${words(proposal.stage).toLowerCase()}</h2>
        ${table({ caption: 'Rules and balance', captionClass: 'govuk-table__caption--s', head: ['Rule', 'Met', 'Detail'],
          rows: proposal.rules.map((r) => [r.text, r.met ? tag('completed', 'Met') : tag('refused', 'Not met'), r.detail || '']) })}
        ${table({ caption: `${proposal.children.length} children proposed (${proposal.source}, seed ${proposal.seed})`, captionClass: 'govuk-table__caption--s',
          head: ['Child', 'Reason'], rows: proposal.children.map((c) => [html`<a class="govuk-link" href="/inspections/${id}/children/${encodeURIComponent(c.childId)}">${c.childId}</a>`, c.reason]) })}
        ${ctx.lead && !ctx.readOnly ? html`<form id="accept" novalidate>${button({ text: 'Accept this selection' })}</form>` : ''}` : ''}
      ${accepted ? html`<h2 class="govuk-heading-m">Accepted selection</h2>
        ${table({ caption: `${accepted.children.length} children, accepted ${dateTime(accepted.acceptedAt)} by ${accepted.acceptedBy}`, captionClass: 'govuk-table__caption--s',
          head: ['Child', 'Reason'], rows: accepted.children.map((c) => [html`<a class="govuk-link" href="/inspections/${id}/children/${encodeURIComponent(c.childId)}">${c.childId}</a>`, c.reason || '']) })}` : ''}`,
    });
    const propose = main.querySelector('#propose');
    if (propose) {
      onSubmit(propose, {
        action: async (v) => {
          proposal = await post(`/inspections/${seg(id)}/selections`, { stage: v.stage, size: v.size ? Number(v.size) : null });
          done = '';
          draw(v);
        },
        refused: draw,
      });
    }
    const accept = main.querySelector('#accept');
    if (accept) {
      onSubmit(accept, {
        action: async () => {
          accepted = await put(`/inspections/${seg(id)}/selections/${seg(proposal.stage)}`, { children: proposal.children });
          done = `The ${words(proposal.stage).toLowerCase()} selection is accepted`;
          proposal = null;
          draw();
        },
        refused: (v, errors) => draw(undefined, errors),
      });
    }
  };
  draw();
}
