// Accounts: every agent account in a table with search and paging, and links to create, import and open.
import { h, fill, heading, table, errorBox, when } from '../ui.js';

const PAGE_SIZE = 20;

export async function accountsView(container, { client }) {
  const search = h('input', { type: 'search', id: 'account-search', autocomplete: 'off', placeholder: 'address or name' });
  const summary = h('p', { class: 'status', role: 'status' });
  const results = h('div');
  const pager = h('nav', { class: 'pager', 'aria-label': 'Account pages' });
  container.append(heading('Accounts'),
    h('p', { class: 'row' },
      h('a', { class: 'button', href: '#/accounts/new', text: 'Create an account' }),
      h('a', { class: 'button', href: '#/accounts/bulk', text: 'Import from CSV' })),
    h('div', { class: 'field' }, h('label', { for: search.id, text: 'Search accounts' }), search),
    summary, results, pager);

  // The whole list is loaded once (every page, through the client's pagination) and searched here:
  // the API filters by exact address only, and an operator types parts of addresses and names.
  let accounts = [];
  const workspaceName = new Map();
  try {
    summary.textContent = 'Loading accounts…';
    for await (const account of client.accounts.list({ limit: 200 })) accounts.push(account);
    for await (const w of client.workspaces.list()) workspaceName.set(w.workspaceId, w.name);
  } catch (error) {
    results.append(errorBox(error));
    return;
  }
  accounts = accounts.sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
  let page = 0;
  const render = () => {
    const needle = search.value.trim().toLowerCase();
    const found = needle
      ? accounts.filter((a) => (a.email ?? '').toLowerCase().includes(needle) || (a.name ?? '').toLowerCase().includes(needle))
      : accounts;
    const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    const shown = found.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    summary.textContent = `${found.length} of ${accounts.length} accounts${needle ? ` match “${search.value.trim()}”` : ''}; page ${page + 1} of ${pages}.`;
    fill(results, table('Agent accounts', ['Address', 'Name', 'Workspace', 'Created'], shown.map((a) =>
      h('tr', { 'data-email': a.email ?? '' },
        h('td', {}, h('a', { href: `#/accounts/${encodeURIComponent(a.id)}`, text: a.email ?? a.id })),
        h('td', { text: a.name ?? '' }), h('td', { text: workspaceName.get(a.workspaceId) ?? a.workspaceId ?? '' }), h('td', { text: when(a.createdAt) })))));
    const go = (to) => () => { page = to; render(); };
    fill(pager,
      h('button', { type: 'button', text: 'Previous page', disabled: page === 0, onclick: go(page - 1) }),
      h('button', { type: 'button', text: 'Next page', disabled: page >= pages - 1, onclick: go(page + 1) }));
  };
  search.addEventListener('input', () => { page = 0; render(); });
  render();
}
