// Create one account: the address is checked as it is typed (format, then against the registered
// domains, with the package's suggestion), the app password against every rule.
import { validateEmail, matchDomain, preflightCreateAccount } from '../nylas.js';
import { h, fill, field, heading, errorBox, problemList, busy } from '../ui.js';
import { passwordField } from '../password-field.js';
import { registeredDomains } from '../domains-cache.js';

export async function createAccountView(container, { client }) {
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'off', spellcheck: 'false', required: true, placeholder: 'support@acme.nylas.email' });
  const name = h('input', { name: 'name', autocomplete: 'off', placeholder: 'Support agent' });
  const emailCheck = h('div', { id: 'email-check', 'aria-live': 'polite' });
  email.setAttribute('aria-describedby', emailCheck.id);
  const password = passwordField();
  const submit = h('button', { type: 'submit', text: 'Create account' });
  const out = h('div');
  const domainsNote = h('div');

  let domains = null; // null until loaded: the address is then checked for its format only
  registeredDomains(client).then((list) => { domains = list; check(); }, (error) => {
    fill(domainsNote, h('p', { class: 'warn', text: 'Could not load the registered domains: addresses are checked for their format only.' }), errorBox(error));
  });

  function check() {
    if (email.value === '') return fill(emailCheck);
    const format = validateEmail(email.value);
    if (!format.valid) {
      email.setAttribute('aria-invalid', 'true');
      return fill(emailCheck, problemList(format.problems));
    }
    const match = domains ? matchDomain(email.value, domains) : null;
    email.setAttribute('aria-invalid', String(Boolean(match && !match.matched)));
    if (!match) return fill(emailCheck, h('p', { class: 'ok', text: `Well formed: ${format.address}` }));
    if (match.matched) {
      return fill(emailCheck, h('p', { class: 'ok', text: `${format.address} is on ${match.domain}${match.trial ? ' (trial domain)' : ''}.` }));
    }
    const suggested = match.suggestion ? `${format.localPart}@${match.suggestion}` : null;
    return fill(emailCheck, problemList(match.problems), suggested ? h('p', {},
      `Did you mean ${suggested}? `,
      h('button', { type: 'button', text: `Use ${suggested}`, onclick: () => { email.value = suggested; check(); email.focus(); } })) : null);
  }
  email.addEventListener('input', check);

  const form = h('form', { class: 'card', novalidate: true },
    field('Email address', email, 'On a registered domain: a trial *.nylas.email domain or your own verified one.'),
    emailCheck, field('Display name (optional)', name), password.node, submit, out);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const request = { email: email.value, name: name.value || undefined, appPassword: password.value() };
    const verdict = preflightCreateAccount(request, domains ? { domains } : undefined);
    if (!verdict.valid) {
      fill(out, errorBox({ message: 'The account can’t be created as it is.', problems: verdict.problems }));
      return;
    }
    let existing = null;
    const account = await busy(submit, out, () => client.accounts.create(request).catch(async (error) => {
      // Nothing existing is changed from this form: point at the account instead.
      if (error.code === 'ACCOUNT_EXISTS') existing = await client.accounts.get(request.email).catch(() => null);
      throw error;
    }));
    if (existing) out.append(h('p', {}, h('a', { href: `#/accounts/${encodeURIComponent(existing.id)}`, text: `Open the existing account ${existing.email}` })));
    if (!account) return;
    password.clear();
    fill(out, h('p', { class: 'ok', role: 'status' }, `Created ${account.email}. `,
      h('a', { href: `#/accounts/${encodeURIComponent(account.id)}`, text: 'Open it' })));
  });
  container.append(heading('Create an account'), h('p', {}, h('a', { href: '#/accounts', text: '← All accounts' })), domainsNote, form);
}
