// Forms: values read back as typed, the API's problem turned into the error summary and inline errors, so a refused
// submit shows what is wrong beside the field and loses nothing.
import { ApiError } from './api.js';

/** The form's values by name; names listed in multi come back as arrays. */
export function formValues(form, multi = []) {
  const data = new FormData(form);
  const values = {};
  for (const [name, value] of data.entries()) {
    if (value instanceof File) {
      continue;
    }
    if (multi.includes(name)) {
      (values[name] ||= []).push(value);
    } else {
      values[name] = value;
    }
  }
  multi.forEach((name) => {
    values[name] ||= [];
  });
  return values;
}

/**
 * The errors to show for a refusal: one per violation, each tied to the field it names (the last part of its path,
 * mapped through fields where the form's names differ), or to the whole form.
 */
export function errorsOf(error, fields = {}) {
  if (!(error instanceof ApiError)) {
    return [{ field: '', message: 'Something went wrong: ' + (error?.message || error) + '. Try again.' }];
  }
  if (error.changedMeanwhile) {
    return [{ field: '', code: CHANGED_MEANWHILE, message: 'Someone else changed this while you were working on it, so nothing was saved. '
      + 'What you typed is still here and the latest version is now shown: check it, then save again.' }];
  }
  const violations = error.violations;
  if (violations.length === 0) {
    return [{ field: '', message: error.problem.detail || error.problem.title || `The server answered ${error.status}` }];
  }
  return violations.map((v) => {
    const path = String(v.field || '');
    const last = path.split('.').pop().replace(/\[\d+\]$/, '');
    // team[2].user names the user field of the third row, which the form calls user-2.
    const indexed = path.match(/\[(\d+)\]\.([A-Za-z]+)$/);
    const field = fields[path] ?? fields[last] ?? (indexed ? `${indexed[2]}-${indexed[1]}` : last);
    const known = field && document.getElementById(field) ? field : '';
    return { field: known, message: known ? v.message : `${path ? path + ': ' : ''}${v.message}`, code: v.code };
  });
}

/** The code of the error a 412 becomes: the screen reads the latest version and keeps what was typed. */
export const CHANGED_MEANWHILE = 'changed-meanwhile';

/** Whether a refusal was a 412 (someone changed the resource since it was read). */
export function changedMeanwhile(errors) {
  return (errors || []).some((e) => e.code === CHANGED_MEANWHILE);
}

/** The inline error for one field, if any. */
export function errorFor(errors, field) {
  const found = (errors || []).filter((e) => e.field === field).map((e) => e.message);
  return found.length ? found.join('. ') : undefined;
}

/**
 * Submits with the button disabled meanwhile. action gets the values; on a refusal, refused gets the values as typed
 * and the errors, and draws the form again with both.
 */
export function onSubmit(form, { multi = [], fields = {}, action, refused }) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = formValues(form, multi);
    const buttons = form.querySelectorAll('button[type=submit]');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      await action(values, event.submitter);
    } catch (error) {
      if (error instanceof ApiError && error.leaving) {
        return;
      }
      await refused(values, errorsOf(error, fields));
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  });
}
