// What every screen of one inspection shares: the inspection, its pinned framework version, who the user is to it,
// and the page with the inspection's caption and menu.
import { get, seg } from './api.js';
import { html, words, date } from './html.js';
import { page, isAdmin } from './layout.js';
import { authorityNames, frameworkVersion, typeTitle } from './data.js';
import { inspectionMenu } from './components/inspection-menu.js';

const READ_ONLY = ['published', 'closed'];

/** Loads an inspection and works out what the user may do with it (the same rules the API enforces). */
export async function loadInspection(session, id) {
  const response = await get(`/inspections/${seg(id)}`, { response: true });
  const inspection = await response.json();
  const [framework, names] = await Promise.all([
    frameworkVersion(inspection.framework.id, inspection.framework.version), authorityNames()]);
  const type = framework.inspectionTypes.find((t) => t.id === inspection.type);
  const admin = isAdmin(session);
  const onTeam = inspection.team.some((m) => m.user === session.user);
  const lead = admin || inspection.team.some((m) => m.user === session.user && m.role === 'lead-inspector');
  const link = session.authorities.includes(inspection.localAuthority);
  const lifecycle = type?.lifecycle || [];
  const statusIndex = lifecycle.indexOf(inspection.status);
  const publishedIndex = lifecycle.indexOf('published');
  const readOnly = READ_ONLY.includes(inspection.status) || (publishedIndex >= 0 && statusIndex > publishedIndex);
  return {
    inspection, framework, type, session,
    // The ETag read with it, sent back as If-Match with the inspection's own writes (status, team).
    etag: response.headers.get('ETag'),
    authority: names.get(inspection.localAuthority) || inspection.localAuthority,
    team: admin || onTeam, lead, link: admin || link, readOnly, admin,
    graded: !!type?.graded,
    reportReadable: admin || onTeam || (link && statusIndex >= lifecycle.indexOf('draft-sent')),
  };
}

/** The screens of an inspection this user may use. */
function menu(ctx) {
  const items = [{ key: 'overview', path: '', text: 'Overview' }];
  if (ctx.team) {
    items.push({ key: 'evidence', path: '/evidence', text: 'Evidence' });
    items.push({ key: 'coverage', path: '/coverage', text: 'Coverage' });
    items.push({ key: 'lines-of-enquiry', path: '/lines-of-enquiry', text: 'Lines of enquiry' });
    items.push({ key: 'findings', path: '/findings', text: 'Findings' });
    if (ctx.graded) {
      items.push({ key: 'judgements', path: '/judgements', text: 'Judgements' });
    }
    items.push({ key: 'child-data', path: '/child-data', text: 'Child-level data' });
    items.push({ key: 'data-quality', path: '/data-quality', text: 'Data quality' });
    items.push({ key: 'selection', path: '/selection', text: 'Selection' });
  }
  if (ctx.team || ctx.link) {
    items.push({ key: 'information-requests', path: '/information-requests', text: 'Information requests' });
    items.push({ key: 'documents', path: '/documents', text: 'Documents' });
    items.push({ key: 'concerns', path: '/concerns', text: 'Concerns' });
  }
  if (ctx.team && ctx.type?.summaryQuestions?.length) {
    items.push({ key: 'summary', path: '/summary', text: 'Report summary' });
  }
  if (ctx.reportReadable) {
    items.push({ key: 'report', path: '/report', text: 'Report' });
  }
  if (ctx.lead) {
    items.push({ key: 'audit', path: '/audit', text: 'Audit trail' });
  }
  if (ctx.admin) {
    // Who read the children's data: administrators only (docs/child-data.md, Access log).
    items.push({ key: 'access-log', path: '/access-log', text: 'Access log' });
  }
  return items;
}

/** The inspection's one-line description: authority, framework, type, notified. */
export function describe(ctx) {
  const i = ctx.inspection;
  return `${ctx.authority} · ${i.framework.id.toUpperCase()} ${i.framework.version} · ${typeTitle(ctx.framework, i.type)}${i.visitNumber ? ' ' + i.visitNumber : ''} · notified ${date(i.notifiedOn)}`;
}

/** Draws one screen of the inspection. o: {current, title, body, errors, before} */
export function inspectionPage(ctx, o) {
  const i = ctx.inspection;
  return page({
    title: `${o.title} – ${ctx.authority}`,
    errors: o.errors,
    before: o.before,
    body: html`<span class="govuk-caption-l">${describe(ctx)}</span>
    <h1 class="govuk-heading-l">${o.title}</h1>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-quarter">${inspectionMenu(i.id, menu(ctx), o.current)}</div>
      <div class="govuk-grid-column-three-quarters" id="screen">${o.body}</div>
    </div>`,
  });
}

export { words };
