// Selection (000 §150-154, 003 §52-62): the framework's proposal for a stage, with the reason for each child and the
// rules it meets, and the balance of the cohort by age band, gender, disability and ethnicity (counted by the API from
// the lists the rule read, beside the same counts among every child on them); the lead accepts it.
import { get, post, put, seg, ApiError } from '../api.js';
import { html, dateTime, words } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { select, textInput } from '../components/fields.js';
import { button } from '../components/button.js';
import { table } from '../components/table.js';
import { tag } from '../components/tag.js';
import { notificationBanner } from '../components/notification-banner.js';
import { errorFor, onSubmit } from '../form.js';

const FACTORS = { age: 'Age band', gender: 'Gender', disability: 'Disability', ethnicity: 'Ethnicity' };

/** A factor's value as people read it; the lists' own codes kept, in capitals where they are short. */
function valueText(factor, value) {
  if (value === 'unknown') {
    return 'Not recorded';
  }
  if (factor === 'age') {
    return value.endsWith('+') ? `${value.slice(0, -1)} and over` : `${value.replace('-', ' to ')} years`;
  }
  if (factor === 'disability') {
    return value === 'Y' ? 'Disabled' : 'Not disabled';
  }
  return value.length <= 4 ? value.toUpperCase() : words(value);
}

function share(n, total) {
  return total ? `${n.toLocaleString('en-GB')} (${Math.round((100 * n) / total)}%)` : '0';
}

/**
 * The balance of the cohort (000 §150, 003 §54): for each factor, how many proposed children have each value, beside
 * how many of the children on the lists the rule read do, as numbers and shares.
 */
function balanceTable(proposal) {
  const balance = proposal.balance || [];
  if (!balance.length) {
    return '';
  }
  const proposedTotal = proposal.children.length;
  const rows = [];
  Object.keys(FACTORS).forEach((factor) => {
    const lines = balance.filter((b) => b.factor === factor);
    const candidates = lines.reduce((sum, b) => sum + b.candidates, 0);
    lines.forEach((b, i) => rows.push([
      i === 0 ? { text: FACTORS[factor], header: true, classes: 'app-balance__factor' } : { text: html`<span class="govuk-visually-hidden">${FACTORS[factor]}</span>`, header: true },
      valueText(factor, b.value),
      { text: share(b.proposed, proposedTotal), numeric: true },
      { text: share(b.candidates, candidates), numeric: true },
    ]));
  });
  return table({ caption: 'Balance of the cohort', captionClass: 'govuk-table__caption--s', classes: 'app-balance', head: ['Factor', 'Value',
    { text: 'Proposed', numeric: true }, { text: 'On the lists', numeric: true }], rows });
}

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
        ${balanceTable(proposal)}
        ${table({ caption: `${proposal.children.length} children proposed (${proposal.source}, seed ${proposal.seed})`, captionClass: 'govuk-table__caption--s',
          head: ['Child', 'Why this child'], rows: proposal.children.map((c) => [{ text: html`<a class="govuk-link" href="/inspections/${id}/children/${encodeURIComponent(c.childId)}">${c.childId}</a>`, classes: 'app-nowrap' }, c.reason]) })}
        ${table({ caption: 'The framework\'s rules', captionClass: 'govuk-table__caption--s', classes: 'app-rules', scroll: true, head: ['Rule', 'Met', 'How'],
          rows: proposal.rules.map((r) => [r.text, { text: r.met ? tag('completed', 'Met') : tag('refused', 'Not met'), classes: 'app-nowrap' }, r.detail || '']) })}
        ${ctx.lead && !ctx.readOnly ? html`<form id="accept" novalidate>${button({ text: 'Accept this selection' })}</form>` : ''}` : ''}
      ${accepted ? html`<h2 class="govuk-heading-m">Accepted selection</h2>
        ${table({ caption: `${accepted.children.length} children, accepted ${dateTime(accepted.acceptedAt)} by ${accepted.acceptedBy}`, captionClass: 'govuk-table__caption--s',
          head: ['Child', 'Why this child'], rows: accepted.children.map((c) => [{ text: html`<a class="govuk-link" href="/inspections/${id}/children/${encodeURIComponent(c.childId)}">${c.childId}</a>`, classes: 'app-nowrap' }, c.reason || '']) })}` : ''}`,
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
