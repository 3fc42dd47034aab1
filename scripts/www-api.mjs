// The /api/nylas mount of the admin page's server (scripts/www.mjs): the operations the page uses, by
// the client's method names, and nothing else.

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

// ---- TEMPORARY PASS-THROUGH: remove when nylas-agent-accounts/server lands on main. -----------------
// It forwards every /api/nylas/* call to the emulator with the key added: no allowlist, no signing, no
// Origin check. It only exists so the page can be built before the real handler is merged.
async function passThrough({ apiKey, apiUri, basePath }) {
  return async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const target = apiUri.replace(/\/$/, '') + req.url.slice(basePath.length);
    const headers = { authorization: `Bearer ${apiKey}`, accept: 'application/json' };
    if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
    try {
      const upstream = await fetch(target, {
        method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined, redirect: 'manual',
      });
      const body = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' }).end(body);
    } catch {
      res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":{"type":"proxy_error","message":"upstream unreachable"}}');
    }
  };
}
// ---- END OF TEMPORARY PASS-THROUGH ---------------------------------------------------------------

/** A node:http listener for `basePath`. */
export async function mountApi({ apiKey, serviceAccount, apiUri, basePath }) {
  void serviceAccount; // the real handler signs Manage Domains calls with it
  return passThrough({ apiKey, apiUri, basePath });
}
