// The admin page: one AgentAccounts client with no key (the server's handler at /api/nylas adds it and
// signs Manage Domains calls), and a hash router that renders one view at a time into <main>.
import { AgentAccounts } from './nylas.js';
import { h, fill, errorBox } from './ui.js';
import { domainsView } from './views/domains.js';
import { accountsView } from './views/accounts.js';
import { createAccountView } from './views/account-create.js';
import { accountDetailView } from './views/account-detail.js';
import { bulkView } from './views/bulk.js';
import { mailboxView } from './views/mailbox.js';
import { workspacesView, policiesView } from './views/workspaces.js';
import { rulesView, listsView } from './views/rules.js';
import { webhooksView, connectorView } from './views/webhooks.js';

const client = new AgentAccounts({ apiUri: new URL('/api/nylas', location.href).href });

// [pattern, view, nav section]; a view is `async (container, context) => void`.
const ROUTES = [
  [/^\/domains$/, domainsView, 'domains'],
  [/^\/accounts$/, accountsView, 'accounts'],
  [/^\/accounts\/new$/, createAccountView, 'accounts'],
  [/^\/accounts\/bulk$/, bulkView, 'accounts'],
  [/^\/accounts\/([^/]+)$/, accountDetailView, 'accounts'],
  [/^\/mailbox(?:\/([^/]+))?$/, mailboxView, 'mailbox'],
  [/^\/workspaces$/, workspacesView, 'workspaces'],
  [/^\/policies$/, policiesView, 'policies'],
  [/^\/rules$/, rulesView, 'rules'],
  [/^\/lists$/, listsView, 'lists'],
  [/^\/webhooks$/, webhooksView, 'webhooks'],
  [/^\/connector$/, connectorView, 'connector'],
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
    const [m, render] = match;
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
  // The benchmark's time to interactive (bench/www.mjs): the first view is on screen and usable.
  if (!performance.getEntriesByName('nylas-admin:interactive').length) performance.mark('nylas-admin:interactive');
}

addEventListener('hashchange', route);
route();
