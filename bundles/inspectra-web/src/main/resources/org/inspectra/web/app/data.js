// Reference data several screens show, read once per page from the API.
import { get, seg, getAll } from './api.js';

let authorities;
const frameworks = new Map();

/** Local authority names by DfE number. */
export async function authorityNames() {
  authorities ||= getAll('/local-authorities').then((list) => new Map(list.map((a) => [a.code, a.name])));
  return authorities;
}

/** One framework version in full (criteria, judgements, types, lists). */
export function frameworkVersion(id, version) {
  const key = `${id}/${version}`;
  if (!frameworks.has(key)) {
    frameworks.set(key, get(`/frameworks/${seg(id)}/versions/${seg(version)}`));
  }
  return frameworks.get(key);
}

/** The next milestone on or after today, or none. */
export function nextMilestone(milestones, today = new Date().toISOString().slice(0, 10)) {
  return (milestones || []).filter((m) => m.due >= today).sort((a, b) => a.due.localeCompare(b.due))[0];
}

/** The inspection type's title in its framework version. */
export function typeTitle(framework, typeId) {
  return framework.inspectionTypes.find((t) => t.id === typeId)?.title || typeId;
}

/**
 * The criteria evidence is recorded against, grouped under the framework's judgement headings (and the deep-dive
 * theme's, where the inspection pinned one): [{label, items: [{value, text}]}].
 */
export async function criterionGroups(ctx) {
  const framework = ctx.framework;
  const groups = framework.judgements.map((j) => ({ label: j.title, id: j.id, items: [] }));
  const other = { label: framework.judgements.length ? 'Other criteria' : framework.title, id: '', items: [] };
  framework.criteria.forEach((c) => {
    const group = groups.find((g) => g.id === c.judgement) || other;
    group.items.push({ value: c.id, text: c.title });
  });
  const all = [...groups, other];
  const i = ctx.inspection;
  if (i.theme && i.themeVersion) {
    const theme = await get(`/frameworks/${seg(i.framework.id)}/themes/${seg(i.theme)}/versions/${seg(i.themeVersion)}`);
    all.push({ label: `Deep dive: ${theme.title}`, id: '', items: theme.criteria.map((c) => ({ value: c.id, text: c.title })) });
  }
  return all.filter((g) => g.items.length);
}
