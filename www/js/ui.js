// DOM helpers of the admin page. Everything the page shows from the API (subjects, senders, names,
// error messages) is set as text: nothing here parses a string as HTML, so a hostile value stays text.

/**
 * Builds an element. `props`: `text` (textContent), `class`, `on<event>` (listeners), booleans as
 * properties (`disabled`, `checked`, `hidden`), `value`, anything else as an attribute. Children:
 * nodes or strings (text nodes); null, false and undefined are skipped; arrays are flattened.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.className = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'value' || key === 'checked' || key === 'disabled' || key === 'hidden' || key === 'selected') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces a node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

let nextId = 0;
/** A unique id for label/aria wiring. */
export const uid = (prefix = 'f') => `${prefix}-${++nextId}`;

/** A labelled control: `<div class=field><label for>…</label>control hint</div>`. */
export function field(label, control, hint) {
  control.id ||= uid();
  let hintNode = null;
  if (hint) {
    hintNode = h('p', { class: 'hint', id: uid('hint'), text: hint });
    control.setAttribute('aria-describedby', hintNode.id);
  }
  return h('div', { class: 'field' }, h('label', { for: control.id, text: label }), control, hintNode);
}

/** A list of problems (`{ code, message, fix }`), each with its fix. */
export function problemList(problems) {
  return h('ul', { class: 'problems' }, problems.map((p) =>
    h('li', { 'data-code': p.code }, h('strong', { text: p.message }), p.fix ? h('span', { class: 'fix', text: ` Fix: ${p.fix}` }) : null)));
}

/** An error as the package reports it: its message, its fix, and its problems when it has some. */
export function errorBox(error) {
  const fix = error?.fix;
  const problems = Array.isArray(error?.problems) ? error.problems : [];
  const message = error?.message ?? String(error);
  // A ValidationError's message repeats its one problem's: say it once, with the fix beside it.
  const repeated = problems.some((p) => p.message === message);
  return h('div', { class: 'error', role: 'alert', 'data-code': error?.code ?? '' },
    repeated ? null : h('p', {}, h('strong', { text: message })),
    fix ? h('p', { class: 'fix', text: `Fix: ${fix}` }) : null,
    problems.length ? problemList(problems) : null);
}

/** A status line for screen readers and eyes: `say(node, text)` replaces its text. */
export function statusLine() {
  return h('p', { class: 'status', role: 'status' });
}

/**
 * Runs `work` with `button` disabled and marked busy; an error lands in `out` as an error box.
 * Returns work's result, or undefined when it threw.
 */
export async function busy(button, out, work) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  if (out) out.replaceChildren();
  try {
    return await work();
  } catch (error) {
    if (out) out.replaceChildren(errorBox(error));
    else throw error;
    return undefined;
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** A table in a focusable, scrollable region (narrow screens scroll it sideways, keyboard too). */
export function table(caption, headers, rows) {
  return h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', {},
      h('caption', { text: caption }),
      h('thead', {}, h('tr', {}, headers.map((name) => h('th', { scope: 'col', text: name })))),
      h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: String(headers.length), text: 'Nothing yet.' })))));
}

/** Unix seconds as a short local date and time. */
export function when(seconds) {
  return seconds ? new Date(seconds * 1000).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

/** Copies text to the clipboard; says whether it worked in `status`. */
export async function copy(text, status, what) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `Copied ${what}.`;
  } catch {
    status.textContent = `Could not copy ${what}: select it and copy by hand.`;
  }
}

/** Offers `text` as a file download. */
export function download(filename, text, type = 'text/plain') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A select of `options` ([value, label]) with `selected` preselected. */
export function select(options, selected) {
  return h('select', {}, options.map(([value, label]) => h('option', { value, text: label, selected: value === selected })));
}

/** A page heading; the router focuses it so keyboard and screen-reader users land on the new view. */
export function heading(text) {
  return h('h1', { tabindex: '-1', text });
}
