// Administrators: the local authorities (DfE number and name), added or renamed.
import { put, seg, getAll } from '../api.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { table } from '../components/table.js';
import { textInput } from '../components/fields.js';
import { button } from '../components/button.js';
import { notificationBanner } from '../components/notification-banner.js';
import { errorFor, onSubmit } from '../form.js';

export default async function adminAuthorities() {
  let authorities = await getAll('/local-authorities');
  let done = '';
  const draw = (values = {}, errors = []) => {
    const main = page({
      title: 'Local authorities',
      errors,
      body: html`${done && !errors.length ? notificationBanner({ success: true, heading: done }) : ''}
      <h1 class="govuk-heading-l">Local authorities</h1>
      ${table({ caption: `${authorities.length} local authorit${authorities.length === 1 ? 'y' : 'ies'}`, captionClass: 'govuk-table__caption--s',
        head: ['DfE number', 'Name'], rows: authorities.map((a) => [a.code, a.name]) })}
      <h2 class="govuk-heading-m">Add or rename a local authority</h2>
      <form id="authority" novalidate>
        ${textInput({ name: 'code', label: 'DfE number', hint: 'Three digits, for example 330', value: values.code, error: errorFor(errors, 'code'), width: 4, attributes: { inputmode: 'numeric' } })}
        ${textInput({ name: 'name', label: 'Name', value: values.name, error: errorFor(errors, 'name'), width: 20 })}
        ${button({ text: 'Save' })}
      </form>`,
    });
    onSubmit(main.querySelector('#authority'), {
      action: async (v) => {
        if (!/^\d{3}$/.test(v.code || '')) {
          draw(v, [{ field: 'code', message: 'Enter the DfE number: three digits, for example 330' }]);
          return;
        }
        const saved = await put(`/local-authorities/${seg(v.code)}`, { name: v.name });
        authorities = await getAll('/local-authorities');
        done = `${saved.name} (${saved.code}) is saved`;
        draw();
      },
      refused: draw,
    });
  };
  draw();
}
