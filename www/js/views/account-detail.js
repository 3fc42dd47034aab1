// One account: its details, a move to another workspace, a policy change, an app-password reset, and
// deletion behind a typed confirmation.
import { h, fill, field, heading, errorBox, busy, select, when } from '../ui.js';
import { passwordField } from '../password-field.js';

async function all(listCall) {
  const items = [];
  for await (const item of listCall) items.push(item);
  return items;
}

export async function accountDetailView(container, { client, params: [id] }) {
  const [account, workspaces, policies] = await Promise.all([
    client.accounts.get(id), all(client.workspaces.list()), all(client.policies.list())]);
  const facts = h('dl', { class: 'facts' });
  const workspaceOf = (a) => workspaces.find((w) => w.workspaceId === a.workspaceId);
  const policyName = (policyId) => policies.find((p) => p.id === policyId)?.name;
  const showFacts = (a) => fill(facts, [
    ['Address', a.email], ['Name', a.name ?? ''], ['Grant id', a.id], ['Workspace', workspaceOf(a)?.name ?? a.workspaceId ?? ''],
    ['Workspace policy', policyName(workspaceOf(a)?.policyId) ?? 'none'],
    ['Policy', a.settings?.policyId ? `${policyName(a.settings.policyId) ?? ''} (${a.settings.policyId})` : 'none'],
    ['Status', a.grantStatus ?? ''], ['Created', when(a.createdAt)],
  ].map(([term, value]) => [h('dt', { text: term }), h('dd', { 'data-fact': term.toLowerCase(), text: value })]));
  showFacts(account);
  const changed = (a) => { if (a) showFacts(a); return a; };
  container.append(heading(account.email ?? account.id),
    h('p', { class: 'row' }, h('a', { href: '#/accounts', text: '← All accounts' }),
      h('a', { href: `#/mailbox/${encodeURIComponent(account.id)}`, text: 'Open its mailbox' })),
    facts,
    workspaceForm(client, account, workspaces, changed),
    policyForm(client, account, policies, changed),
    resetForm(client, account, changed),
    deleteForm(client, account));
}

function workspaceForm(client, account, workspaces, changed) {
  const choice = select(workspaces.map((w) => [w.workspaceId, `${w.name}${w.default && !/default/i.test(w.name) ? ' (default)' : ''}`]), account.workspaceId);
  const submit = h('button', { type: 'submit', text: 'Move' });
  const out = h('div');
  const form = h('form', { class: 'card', 'aria-labelledby': 'ws-title' },
    h('h2', { id: 'ws-title', text: 'Workspace' }), field('Move to workspace', choice), submit, out);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (changed(await busy(submit, out, () => client.accounts.update(account.id, { workspaceId: choice.value })))) {
      fill(out, h('p', { class: 'ok', role: 'status', text: 'Moved.' }));
    }
  });
  return form;
}

function policyForm(client, account, policies, changed) {
  const choice = select([['', 'No policy'], ...policies.map((p) => [p.id, p.name])], account.settings?.policyId ?? '');
  const password = passwordField({ label: 'New app password', optional: false });
  const endAccess = h('input', { type: 'checkbox', id: 'end-imap' });
  const submit = h('button', { type: 'submit', text: 'Change policy' });
  const out = h('div');
  const form = h('form', { class: 'card', 'aria-labelledby': 'policy-title' },
    h('h2', { id: 'policy-title', text: 'Policy' }),
    h('p', { class: 'hint', text: 'The account’s own policy (Nylas’s legacy setting); the workspace’s policy applies to every account in it.' }),
    // Why the password: Nylas replaces an account's settings whole and never returns the stored password.
    h('p', { class: 'hint', text: 'Nylas replaces the settings whole and cannot send the app password back: give a new one, or end IMAP/SMTP access.' }),
    field('Policy', choice), password.node,
    h('div', { class: 'field check' }, endAccess, h('label', { for: endAccess.id, text: 'End IMAP/SMTP access instead of setting a new password' })),
    submit, out);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const patch = { policyId: choice.value || null, appPassword: endAccess.checked ? null : (password.value() ?? '') };
    if (changed(await busy(submit, out, () => client.accounts.update(account.id, patch)))) {
      password.clear();
      fill(out, h('p', { class: 'ok', role: 'status', text: 'Policy changed.' }));
    }
  });
  return form;
}

function resetForm(client, account, changed) {
  const password = passwordField({ label: 'New app password', optional: false });
  const submit = h('button', { type: 'submit', text: 'Reset app password' });
  const out = h('div');
  const form = h('form', { class: 'card', 'aria-labelledby': 'reset-title' },
    h('h2', { id: 'reset-title', text: 'Reset the app password' }), password.node, submit, out);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (changed(await busy(submit, out, () => client.accounts.resetAppPassword(account.id, password.value() ?? '')))) {
      password.clear();
      fill(out, h('p', { class: 'ok', role: 'status', text: 'App password reset. IMAP/SMTP clients need the new one.' }));
    }
  });
  return form;
}

function deleteForm(client, account) {
  const expected = account.email ?? account.id;
  const confirmation = h('input', { autocomplete: 'off', spellcheck: 'false' });
  const submit = h('button', { type: 'submit', class: 'danger', text: 'Delete account', disabled: true });
  const out = h('div');
  confirmation.addEventListener('input', () => { submit.disabled = confirmation.value !== expected; });
  const form = h('form', { class: 'card danger-zone', 'aria-labelledby': 'delete-title' },
    h('h2', { id: 'delete-title', text: 'Delete the account' }),
    h('p', { text: 'Permanent: the mailbox and its messages are gone.' }),
    field(`Type ${expected} to confirm`, confirmation), submit, out);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (confirmation.value !== expected) return;
    const done = await busy(submit, out, async () => { await client.accounts.delete(account.id); return true; });
    if (done) location.hash = '#/accounts';
  });
  return form;
}
