// The operations the admin page uses, by the client's method names: the allowlist of the package's
// server handler at /api/nylas, whether that handler runs in the page's server (scripts/www-api.mjs) or
// in the page itself (the demo build, js/backend-demo.js). One list for both.

/** Where the page's client sends its calls; the handler answers under this path. */
export const API_PATH = '/api/nylas';

/** Every client method the page calls; the handler refuses the rest (403). */
export const ALLOW = [
  'accounts.create', 'accounts.createMany', 'accounts.list', 'accounts.get', 'accounts.update',
  'accounts.resetAppPassword', 'accounts.delete',
  'connector.status', 'connector.ensure',
  'domains.list', 'domains.create', 'domains.get', 'domains.info', 'domains.verify', 'domains.records',
  'domains.zoneFile', 'domains.doctor',
  'workspaces.list', 'workspaces.create', 'workspaces.get', 'workspaces.update', 'workspaces.delete',
  'policies.list', 'policies.create', 'policies.get', 'policies.update', 'policies.delete',
  'rules.list', 'rules.create', 'rules.get', 'rules.update', 'rules.delete',
  'lists.list', 'lists.create', 'lists.get', 'lists.update', 'lists.delete',
  'lists.items.list', 'lists.items.add', 'lists.items.remove',
  'messages.list',
  'webhooks.list', 'webhooks.create', 'webhooks.get', 'webhooks.update', 'webhooks.delete', 'webhooks.rotateSecret',
];
