// An app-password input with the package's rule checklist (every rule shown before anything is typed,
// ticked as it passes), a generate button and a show/hide toggle. The password lives only in the input.
import { APP_PASSWORD_RULES, validateAppPassword, generateAppPassword } from './nylas.js';
import { h, uid } from './ui.js';

export function passwordField({ label = 'App password', optional = true } = {}) {
  const input = h('input', { type: 'password', id: uid('password'), autocomplete: 'new-password', spellcheck: 'false' });
  const listId = uid('rules');
  input.setAttribute('aria-describedby', listId);
  const items = new Map(APP_PASSWORD_RULES.map((rule) => [rule.code,
    h('li', { 'data-rule': rule.code, 'data-met': 'false' },
      h('span', { class: 'mark', 'aria-hidden': 'true', text: '○' }),
      h('span', { text: rule.label }),
      h('span', { class: 'sr-only', text: ' (not met yet)' }))]));
  const update = () => {
    const broken = new Set(validateAppPassword(input.value).problems.map((p) => p.code));
    for (const [code, item] of items) {
      // An empty field has met no rule yet, even those only a character could break.
      const met = input.value !== '' && !broken.has(code);
      item.dataset.met = String(met);
      item.querySelector('.mark').textContent = met ? '✓' : '○';
      item.querySelector('.sr-only').textContent = met ? ' (met)' : ' (not met yet)';
    }
  };
  input.addEventListener('input', update);
  const show = h('button', { type: 'button', text: 'Show', 'aria-pressed': 'false', 'aria-label': `Show ${label.toLowerCase()}` });
  show.addEventListener('click', () => {
    const visible = input.type === 'password';
    input.type = visible ? 'text' : 'password';
    show.setAttribute('aria-pressed', String(visible));
    show.textContent = visible ? 'Hide' : 'Show';
  });
  const generate = h('button', { type: 'button', text: 'Generate' });
  generate.addEventListener('click', () => {
    input.value = generateAppPassword();
    update();
    input.focus();
  });
  const node = h('div', { class: 'field password' },
    h('label', { for: input.id, text: optional ? `${label} (optional: for IMAP/SMTP clients)` : label }),
    h('div', { class: 'row' }, input, show, generate),
    h('ul', { class: 'checklist', id: listId, 'aria-label': `${label} rules` }, [...items.values()]));
  update();
  return {
    node,
    input,
    /** The typed password, or undefined when left empty. */
    value: () => (input.value === '' ? undefined : input.value),
    clear: () => { input.value = ''; input.type = 'password'; update(); },
  };
}
