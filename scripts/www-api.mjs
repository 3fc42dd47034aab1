// The /api/nylas mount of the admin page's server (scripts/www.mjs): the operations the page uses, by
// the client's method names, and nothing else.
import { createHandler, toNodeListener } from 'nylas-agent-accounts/server';

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

/**
 * A node:http listener for `basePath`: the package's server handler. `localOnly` instead of an
 * `authorize` hook: this setup only ever fronts the emulator on 127.0.0.1 (the handler refuses
 * localOnly for any other upstream); a deployed admin page passes `authorize` (README).
 */
export function mountApi({ apiKey, serviceAccount, apiUri, basePath }) {
  return toNodeListener(createHandler({ apiKey, serviceAccount, apiUri, basePath, allow: ALLOW, localOnly: true }));
}
