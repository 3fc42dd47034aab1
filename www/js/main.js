// The admin page: one AgentAccounts client with no key (the handler at /api/nylas adds it and signs
// Manage Domains calls: the page's server's, or the demo build's in-page one; see backend.js), and a
// hash router that renders one view at a time into <main>.
import { AgentAccounts } from './nylas.js';
import { clientOptions } from './backend.js';
import { h, fill, errorBox } from './ui.js';

// A promise, so a backend that cannot start (the demo's wasm refused) shows as an error in the view.
const ready = clientOptions().then((options) => new AgentAccounts(options));

// [pattern, view loader, nav section]; a view is `async (container, context) => void`. Views load on
// first visit: the first screen waits for its own module only, not for every view's.
const lazy = (file, name) => () => import(`./views/${file}.js`).then((module) => module[name]);
const ROUTES = [
  [/^\/domains$/, lazy('domains', 'domainsView'), 'domains'],
  [/^\/accounts$/, lazy('accounts', 'accountsView'), 'accounts'],
  [/^\/accounts\/new$/, lazy('account-create', 'createAccountView'), 'accounts'],
  [/^\/accounts\/bulk$/, lazy('bulk', 'bulkView'), 'accounts'],
  [/^\/accounts\/([^/]+)$/, lazy('account-detail', 'accountDetailView'), 'accounts'],
  [/^\/mailbox(?:\/([^/]+))?$/, lazy('mailbox', 'mailboxView'), 'mailbox'],
  [/^\/workspaces$/, lazy('workspaces', 'workspacesView'), 'workspaces'],
  [/^\/policies$/, lazy('workspaces', 'policiesView'), 'policies'],
  [/^\/rules$/, lazy('rules', 'rulesView'), 'rules'],
  [/^\/lists$/, lazy('rules', 'listsView'), 'lists'],
  [/^\/webhooks$/, lazy('webhooks', 'webhooksView'), 'webhooks'],
  [/^\/connector$/, lazy('webhooks', 'connectorView'), 'connector'],
];

const view = document.getElementById('view');
let generation = 0;

async function route() {
  const path = decodeURIComponent(location.hash.replace(/^#/, '')) || '/accounts';
  const match = ROUTES.map(([pattern, render, section]) => [pattern.exec(path), render, section]).find(([m]) => m);
  const mine = ++generation;
  for (const link of document.querySelectorAll('#nav a')) {
    if (match && link.getAttribute('href') === `#/${match[2]}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  view.setAttribute('aria-busy', 'true');
  const container = h('div');
  try {
    if (!match) throw Object.assign(new Error(`No page at ${path}.`), { fix: 'Pick a section in the navigation.' });
    const [m, load] = match;
    const [client, render] = await Promise.all([ready, load()]);
    await render(container, { client, params: m.slice(1), isCurrent: () => mine === generation });
  } catch (error) {
    container.append(errorBox(error));
  }
  if (mine !== generation) return; // the user moved on while this view loaded
  fill(view, container);
  view.removeAttribute('aria-busy');
  const title = view.querySelector('h1');
  document.title = `${title?.textContent ?? 'Agent Accounts'} · Agent Accounts admin`;
  (title ?? view).focus();
  document.body.dataset.view = match?.[2] ?? 'none';
  document.body.dataset.path = path; // tells scripts driving the page (tests, benchmark) which view is done
  // The benchmark's time to interactive (bench/www.mjs): the first view is on screen and usable.
  if (!performance.getEntriesByName('nylas-admin:interactive').length) performance.mark('nylas-admin:interactive');
}

addEventListener('hashchange', route);
route();
