// Generated from the Rust types by src/typescript.rs: do not edit (`BLESS=1 cargo test --lib typescript` rewrites it).
// scripts/build.sh appends it to js/server.d.ts in pkg/server/index.d.ts.

/** A client method name the handler may forward, e.g. `'accounts.create'`, or a whole resource: `'domains.*'`. */
export type HandlerOperation =
  | 'accounts.create' | 'accounts.createMany' | 'accounts.list' | 'accounts.get' | 'accounts.update'
  | 'accounts.resetAppPassword' | 'accounts.delete' | 'connector.status' | 'connector.ensure' | 'domains.list'
  | 'domains.create' | 'domains.get' | 'domains.update' | 'domains.delete' | 'domains.info' | 'domains.verify'
  | 'domains.records' | 'domains.zoneFile' | 'domains.doctor' | 'workspaces.list' | 'workspaces.create'
  | 'workspaces.get' | 'workspaces.update' | 'workspaces.delete' | 'workspaces.manualAssign'
  | 'workspaces.autoGroup' | 'policies.list' | 'policies.create' | 'policies.get' | 'policies.update'
  | 'policies.delete' | 'rules.list' | 'rules.create' | 'rules.get' | 'rules.update' | 'rules.delete'
  | 'rules.evaluations' | 'lists.list' | 'lists.create' | 'lists.get' | 'lists.update' | 'lists.delete'
  | 'lists.items.list' | 'lists.items.add' | 'lists.items.remove' | 'messages.list' | 'webhooks.list'
  | 'webhooks.create' | 'webhooks.get' | 'webhooks.update' | 'webhooks.delete' | 'webhooks.rotateSecret'
  | 'accounts.*' | 'connector.*' | 'domains.*' | 'workspaces.*' | 'policies.*' | 'rules.*' | 'lists.*'
  | 'lists.items.*' | 'messages.*' | 'webhooks.*';
