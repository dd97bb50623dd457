// Who read an inspection's children's data (GET …/access-log, administrators): each read of a child's rows, a
// chronology, a list's rows or the data-quality findings, oldest first, a page at a time as the API pages it.
import { get, seg } from '../api.js';
import { html, dateTime } from '../html.js';
import { loadInspection, inspectionPage } from '../inspection-page.js';
import { table } from '../components/table.js';
import { pagination } from '../components/pagination.js';

const PAGE_SIZE = 100;
const KINDS = { child: 'A child\'s rows', chronology: 'A child\'s chronology', 'list-rows': 'A list\'s rows', 'data-quality': 'The data-quality findings' };

/** The cursor of the next page from a Link header, if the API announced one. */
function nextCursor(link) {
  const next = (link || '').split(',').find((l) => /rel="?next"?/.test(l));
  const url = next?.match(/<([^>]+)>/)?.[1];
  return url ? new URL(url, location.origin).searchParams.get('cursor') : null;
}

export default async function accessLogScreen({ session, params, query }) {
  const ctx = await loadInspection(session, params.id);
  const id = ctx.inspection.id;
  const request = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (query.get('cursor')) {
    request.set('cursor', query.get('cursor'));
  }
  const response = await get(`/inspections/${seg(id)}/access-log?${request}`, { response: true });
  const reads = await response.json();
  const cursor = nextCursor(response.headers.get('Link'));
  const subject = (r) => (r.kind === 'child' || r.kind === 'chronology') && r.subject
    ? html`<a class="govuk-link" href="/inspections/${id}/children/${encodeURIComponent(r.subject)}">${r.subject}</a>` : (r.subject || '');
  inspectionPage(ctx, {
    current: 'access-log',
    title: 'Access log',
    body: html`<p class="govuk-body">Every read of this inspection's children's data: who read what, and when, oldest first. Only administrators see this log.</p>
    ${reads.length === 0 ? html`<p class="govuk-body">${query.get('cursor') ? 'No further reads.' : 'No one has read the children\'s data yet.'}</p>`
      : table({ caption: `${reads.length} read${reads.length === 1 ? '' : 's'}${query.get('cursor') || cursor ? ' on this page' : ''}`, captionClass: 'govuk-table__caption--s',
        head: ['When', 'Who', 'What', 'Child or list'],
        rows: reads.map((r) => [{ text: dateTime(r.at), classes: 'app-nowrap' }, r.user, KINDS[r.kind] || r.kind, subject(r)]) })}
    ${pagination({ previous: query.get('cursor') ? `/inspections/${id}/access-log` : null, next: cursor ? `/inspections/${id}/access-log?cursor=${encodeURIComponent(cursor)}` : null })}`,
  });
}
