// One inspection: summary, team (the lead edits it), the dated milestones as a timeline, and the lifecycle with the
// next allowed step as a button (the API's reason shown where it refuses the step).
import { put, seg, ifMatch } from '../api.js';
import { html, date, dateTime, words } from '../html.js';
import { loadInspection as load, inspectionPage } from '../inspection-page.js';
import { typeTitle } from '../data.js';
import { summaryList } from '../components/summary-list.js';
import { table } from '../components/table.js';
import { tag } from '../components/tag.js';
import { timeline } from '../components/timeline.js';
import { button } from '../components/button.js';
import { textInput, select } from '../components/fields.js';
import { notificationBanner } from '../components/notification-banner.js';
import { errorFor, onSubmit, changedMeanwhile } from '../form.js';

const TEAM_ROLES = ['lead-inspector', 'inspector', 'qa-manager', 'regulatory-inspector', 'schools-hmi',
  'senior-analytical-officer'];
const EMPTY_ROWS = 2;

/** The statuses the inspection may move to next: the next one, and past it where it is optional. */
function nextSteps(ctx) {
  const lifecycle = ctx.type?.lifecycle || [];
  const optional = new Set((ctx.type?.addedStatuses || []).filter((a) => a.optional).map((a) => a.id));
  const steps = [];
  for (let i = lifecycle.indexOf(ctx.inspection.status) + 1; i < lifecycle.length; i++) {
    steps.push(lifecycle[i]);
    if (!optional.has(lifecycle[i])) {
      break;
    }
  }
  return steps;
}

export default async function inspectionScreen({ session, params, query }) {
  let ctx = await load(session, params.id);
  // On a 412 the inspection is read again, so the page shows what changed and the next save sends its new ETag.
  const fresh = async (errors) => {
    if (changedMeanwhile(errors)) {
      ctx = await load(session, params.id);
    }
  };
  const draw = (teamValues, errors = []) => {
    const i = ctx.inspection;
    const steps = ctx.lead ? nextSteps(ctx) : [];
    const rows = teamValues || [...i.team, ...Array(EMPTY_ROWS).fill({ user: '', role: 'inspector' })];
    const main = inspectionPage(ctx, {
      current: 'overview',
      title: 'Overview',
      errors,
      body: html`
      ${query.get('moved') && !errors.length ? notificationBanner({ success: true, heading: `The inspection is now ${words(query.get('moved')).toLowerCase()}` }) : ''}
      ${query.get('team') && !errors.length ? notificationBanner({ success: true, heading: 'The team is saved' }) : ''}
      ${summaryList([
        { key: 'Local authority', value: `${ctx.authority} (${i.localAuthority})` },
        { key: 'Framework', value: `${ctx.framework.title} (${i.framework.id} ${i.framework.version})` },
        { key: 'Inspection type', value: `${typeTitle(ctx.framework, i.type)}${i.visitNumber ? `, visit ${i.visitNumber}` : ''}` },
        ...(i.topics?.length ? [{ key: 'Topics', value: i.topics.map(words).join(', ') }] : []),
        ...(i.theme ? [{ key: 'Deep-dive theme', value: `${i.theme} ${i.themeVersion}` }] : []),
        { key: 'Status', value: tag(i.status) },
        { key: 'Notified', value: date(i.notifiedOn) },
        { key: 'Opened', value: `${dateTime(i.createdAt)} by ${i.createdBy}` },
      ])}
      ${steps.length ? html`<h2 class="govuk-heading-m">Next step</h2>
        <form id="lifecycle" novalidate>
          <p class="govuk-body">The inspection is ${words(i.status).toLowerCase()}.</p>
          <div class="govuk-button-group">${steps.map((s, n) => button({ text: `Move to ${words(s).toLowerCase()}`, name: 'status', value: s, secondary: n > 0 }))}</div>
        </form>` : ''}
      <h2 class="govuk-heading-m">Milestones</h2>
      ${timeline(i.milestones, { title: 'Milestones of the inspection' })}
      <h2 class="govuk-heading-m">Team</h2>
      ${ctx.lead && !ctx.readOnly ? html`<form id="team" novalidate>
          ${table({ caption: 'Team members (clear a user name to take someone off)', captionClass: 'govuk-table__caption--s', head: ['User name', 'Role'],
            rows: rows.map((m, n) => [
              textInput({ name: `user-${n}`, label: html`<span class="govuk-visually-hidden">User name of member ${n + 1}</span>`, value: m.user, width: 20, error: errorFor(errors, `user-${n}`), spellcheck: false }),
              select({ name: `role-${n}`, label: html`<span class="govuk-visually-hidden">Role of member ${n + 1}</span>`, value: m.role, error: errorFor(errors, `role-${n}`),
                items: [...new Set([...TEAM_ROLES, m.role].filter(Boolean))].map((r) => ({ value: r, text: words(r) })) }),
            ]) })}
          ${button({ text: 'Save the team', secondary: true })}
        </form>`
        : table({ caption: 'Team members', captionClass: 'govuk-table__caption--s', head: ['User name', 'Role'], rows: i.team.map((m) => [m.user, words(m.role)]) })}`,
    });

    const lifecycle = main.querySelector('#lifecycle');
    if (lifecycle) {
      onSubmit(lifecycle, {
        action: async (v, submitter) => {
          const status = submitter.value;
          await put(`/inspections/${seg(i.id)}/status`, { status, version: i.version }, ifMatch(i.version, ctx.etag));
          location.assign(`/inspections/${seg(i.id)}?moved=${encodeURIComponent(status)}`);
        },
        refused: async (v, refusal) => {
          await fresh(refusal);
          draw(undefined, refusal.map((e) => ({ ...e, field: e.field === 'status' ? '' : e.field })));
        },
      });
    }
    const team = main.querySelector('#team');
    if (team) {
      onSubmit(team, {
        action: async (v) => {
          const typed = rows.map((r, n) => ({ user: (v[`user-${n}`] || '').trim(), role: v[`role-${n}`] }));
          const members = typed.filter((m) => m.user);
          await put(`/inspections/${seg(i.id)}/team`, members, ifMatch(i.version, ctx.etag));
          location.assign(`/inspections/${seg(i.id)}?team=saved`);
        },
        refused: async (v, refusal) => {
          await fresh(refusal);
          draw(rows.map((r, n) => ({ user: v[`user-${n}`] || '', role: v[`role-${n}`] })), refusal);
        },
      });
    }
  };
  draw();
}
