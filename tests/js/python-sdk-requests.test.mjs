// Our client's requests for the operations issue 16 added equal the official Python SDK's (nylas 6.18.0):
// both talk to one recording server on 127.0.0.1 that answers plausible bodies, and what each sent
// (method, path, query, body) is compared. The SDK comes from scripts/python-sdk-venv.sh (made once
// under the gitignored .cache/). Needs pkg/ (bash scripts/build.sh).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { AgentAccounts } from 'nylas-agent-accounts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GRANT = '4b7e4d0e-9a43-4c55-8a0c-0d9f3f0c2a11';
const OPTIONS = { additionalFolders: ['Receipts', 'Leads'], useCidrAliasing: true };

let server;
let url;
let python;
let recorded = [];

/** A plausible answer for each route the two clients call. */
function answer(method, path, query) {
  const now = 1_764_500_000;
  if (method === 'POST' && path === '/v3/workspaces') {
    return { workspace_id: 'w1', application_id: 'a1', name: 'Bots', domain: '', auto_group: false, created_at: now, updated_at: now };
  }
  if (method === 'POST' && path === '/v3/policies') {
    return { id: 'p1', name: 'Strict', options: { additional_folders: ['Receipts', 'Leads'], use_cidr_aliasing: true } };
  }
  if (method === 'GET' && path.endsWith('/rule-evaluations')) {
    const second = query.has('page_token');
    return {
      list: [{ id: second ? 'e2' : 'e1', grant_id: GRANT, evaluation_stage: 'inbox_processing', matched_rule_ids: [] }],
      next: second ? null : 'c2',
    };
  }
  return null;
}

before(async () => {
  server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const target = new URL(req.url, 'http://recorder');
      const text = Buffer.concat(chunks).toString('utf8');
      recorded.push({
        method: req.method,
        path: decodeURIComponent(target.pathname),
        query: [...target.searchParams].sort(),
        body: text ? JSON.parse(text) : null,
      });
      const data = answer(req.method, target.pathname, target.searchParams);
      const body = data?.list
        ? { request_id: 'r', data: data.list, next_cursor: data.next }
        : data ? { request_id: 'r', data } : { request_id: 'r', error: { type: 'api.not_found_error', message: 'no route' } };
      res.writeHead(data ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}`;
  ({ stdout: python } = await run('bash', ['scripts/python-sdk-venv.sh'], { cwd: ROOT, timeout: 300_000 }));
  python = python.trim();
});

after(() => new Promise((resolve) => server.close(resolve)));

/** What the Python SDK sends for the same calls (and that it reads the answers). */
const PYTHON = `
import sys
from nylas import Client
nylas = Client(api_key="nyk_test", api_uri=sys.argv[1], timeout=10)
ws = nylas.workspaces.create({"name": "Bots", "auto_group": False}).data
assert ws.domain == "" and ws.auto_group is False, ws
page = nylas.rules.list_evaluations(sys.argv[2], {"limit": 2})
assert page.data[0].id == "e1" and page.next_cursor == "c2", page
page = nylas.rules.list_evaluations(sys.argv[2], {"limit": 2, "page_token": page.next_cursor})
assert page.data[0].id == "e2" and page.next_cursor is None, page
policy = nylas.policies.create({"name": "Strict", "options": {"additional_folders": ["Receipts", "Leads"], "use_cidr_aliasing": True}}).data
assert policy.options.use_cidr_aliasing is True, policy
`;

test('workspaces.create without a domain, rules.evaluations (two pages) and policy options send what the Python SDK sends', async () => {
  const client = new AgentAccounts({ apiKey: 'nyk_test', apiUri: url, maxRetries: 0, timeoutMs: 5000 });
  recorded = [];
  const ws = await client.workspaces.create({ name: 'Bots', autoGroup: false });
  assert.deepEqual([ws.domain, ws.autoGroup], ['', false]);
  const pages = [];
  for await (const page of client.rules.evaluations(GRANT, { limit: 2 }).pages()) pages.push(page);
  assert.deepEqual(pages.map((p) => p.data.map((e) => e.id)), [['e1'], ['e2']]);
  assert.equal(pages[0].data[0].grantId, GRANT);
  const policy = await client.policies.create({ name: 'Strict', options: OPTIONS });
  assert.deepEqual(policy.options, OPTIONS);
  const ours = recorded;

  recorded = [];
  await run(python, ['-c', PYTHON, url, GRANT], { timeout: 60_000 });
  const theirs = recorded;

  assert.deepEqual(ours.map((r) => `${r.method} ${r.path}`), [
    'POST /v3/workspaces',
    `GET /v3/grants/${GRANT}/rule-evaluations`,
    `GET /v3/grants/${GRANT}/rule-evaluations`,
    'POST /v3/policies',
  ]);
  assert.deepEqual(ours, theirs);
});
