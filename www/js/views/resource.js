// What the simple views share: a list loaded in full into a table that reloads after a change, and a
// create form that reports its errors with their fix.
import { h, fill, table, errorBox, busy } from '../ui.js';

export async function collect(listCall) {
  const items = [];
  for await (const item of listCall) items.push(item);
  return items;
}

/** A table section: `load()` gives the items, `toCells(item)` its cells; `reload()` refetches. */
export function listSection(caption, headers, load, toCells) {
  const node = h('section', { class: 'list' });
  const reload = async () => {
    try {
      const items = await load();
      fill(node, table(caption, headers, items.map((item) => h('tr', {}, toCells(item).map((cell) =>
        h('td', {}, cell instanceof Node ? cell : String(cell ?? '')))))));
    } catch (error) {
      fill(node, errorBox(error));
    }
  };
  return { node, reload };
}

/** A create form: `fields` are nodes, `submit(values)` does the work, `done(result, out)` reports. */
export function createForm(title, fields, work, done) {
  const submit = h('button', { type: 'submit', text: title });
  const out = h('div');
  const titleId = `${title.replace(/\W+/g, '-').toLowerCase()}-title`;
  const form = h('form', { class: 'card', 'aria-labelledby': titleId }, h('h2', { id: titleId, text: title }), fields, submit, out);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = await busy(submit, out, work);
    if (result !== undefined) {
      form.reset();
      await done(result, out);
    }
  });
  return form;
}

/** A success line. */
export const ok = (text) => h('p', { class: 'ok', role: 'status', text });
