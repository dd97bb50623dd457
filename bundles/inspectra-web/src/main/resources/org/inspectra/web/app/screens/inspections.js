// My inspections: where I am on the team (or every inspection, or a link person's own authority's), with framework,
// type, status and next milestone; filtered by status and framework; paged by the API.
import { get } from '../api.js';
import { date, html, words } from '../html.js';
import { isAdmin, isLead, isLinkPerson, page } from '../layout.js';
import { authorityNames, nextMilestone } from '../data.js';
import { table } from '../components/table.js';
import { tag } from '../components/tag.js';
import { select, radios } from '../components/fields.js';
import { button } from '../components/button.js';
import { pagination } from '../components/pagination.js';

const STATUSES = ['notified', 'fieldwork', 'findings-agreed', 'draft-sent', 'factual-accuracy', 'final', 'published', 'closed'];
const PAGE_SIZE = 25;

/** The cursor of the next page from a Link header, if the API announced one. */
function nextCursor(link) {
  const next = (link || '').split(',').find((l) => /rel="?next"?/.test(l));
  const url = next?.match(/<([^>]+)>/)?.[1];
  return url ? new URL(url, location.origin).searchParams.get('cursor') : null;
}

export default async function inspections({ session, query }) {
  const linkPerson = isLinkPerson(session);
  const scope = linkPerson ? 'authority' : (query.get('scope') || (isAdmin(session) ? 'all' : 'mine'));
  const status = query.get('status') || '';
  const framework = query.get('framework') || '';
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (scope === 'mine') {
    params.set('member', 'me');
  }
  if (status) {
    params.set('status', status);
  }
  if (framework) {
    params.set('framework', framework);
  }
  if (query.get('cursor')) {
    params.set('cursor', query.get('cursor'));
  }
  const [response, names, frameworks] = await Promise.all([
    get('/inspections?' + params, { response: true }), authorityNames(), get('/frameworks')]);
  const list = await response.json();
  const cursor = nextCursor(response.headers.get('Link'));
  const frameworkIds = [...new Set(frameworks.map((f) => f.id))].sort();
  const title = linkPerson ? 'Our inspections' : scope === 'mine' ? 'My inspections' : 'All inspections';
  const nextQuery = new URLSearchParams(query);
  nextQuery.set('cursor', cursor || '');

  page({
    title,
    body: html`<div class="app-actions"><h1 class="govuk-heading-l">${title}</h1>
      ${isLead(session) ? button({ text: 'Open an inspection', href: '/inspections/new', secondary: true }) : ''}</div>
    ${linkPerson ? html`<p class="govuk-body">Inspections of ${session.authorities.map((a) => `${names.get(a) || a} (${a})`).join(', ')}.</p>` : ''}
    <form method="get" action="/inspections" class="govuk-!-margin-bottom-6">
      <div class="govuk-grid-row">
        ${linkPerson ? '' : html`<div class="govuk-grid-column-one-third">${radios({ name: 'scope', legend: 'Show', value: scope, small: true,
          items: [{ value: 'mine', text: 'Where I am on the team' }, { value: 'all', text: 'Every inspection' }] })}</div>`}
        <div class="govuk-grid-column-one-third">${select({ name: 'status', label: 'Status', value: status, placeholder: 'Any status',
          items: STATUSES.map((s) => ({ value: s, text: words(s) })) })}</div>
        <div class="govuk-grid-column-one-third">${select({ name: 'framework', label: 'Framework', value: framework, placeholder: 'Any framework',
          items: frameworkIds.map((f) => ({ value: f, text: f.toUpperCase() })) })}</div>
      </div>
      ${button({ text: 'Filter', secondary: true })}
    </form>
    ${list.length === 0
      ? html`<p class="govuk-body" id="no-inspections">No inspections${scope === 'mine' ? ' where you are on the team' : ''}${status || framework ? ' match the filter' : ''}.</p>`
      : table({
        caption: `${list.length}${cursor ? '+' : ''} inspection${list.length === 1 ? '' : 's'}`,
        captionClass: 'govuk-table__caption--s',
        classes: 'app-inspections',
        scroll: true,
        head: ['Local authority', 'Framework', 'Type', 'Status', 'Next milestone'],
        rows: list.map((i) => {
          const next = nextMilestone(i.milestones);
          return [
            html`<a class="govuk-link" href="/inspections/${i.id}">${names.get(i.localAuthority) || i.localAuthority}<span class="govuk-visually-hidden"> inspection notified ${date(i.notifiedOn)}</span></a>
              <br><span class="govuk-hint govuk-!-font-size-16">Notified ${date(i.notifiedOn)}</span>`,
            `${i.framework.id.toUpperCase()} ${i.framework.version}`,
            words(i.type) + (i.visitNumber ? ` ${i.visitNumber}` : ''),
            tag(i.status),
            next ? html`${next.title}<br><span class="app-nowrap">${date(next.due)}</span>` : 'None to come',
          ];
        }),
      })}
    ${pagination({ next: cursor ? '/inspections?' + nextQuery : null })}`,
  });
}
