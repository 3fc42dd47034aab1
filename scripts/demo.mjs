// `make demo`: the main job end to end, through the built package. First the local checks on good and
// bad inputs; then, against a local emulator of the Nylas API (state kept in .demo/ between runs): a
// domain registered with signed Manage Domains calls, its DNS records, verification, 25 agent accounts
// created in one batch, and a message arriving in one of them.
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  validateEmail, validateAppPassword, generateAppPassword, matchDomain, preflightCreateAccount,
  AgentAccounts,
} from 'nylas-agent-accounts';
import { startEmulator } from '../emulator/tests-js/helpers/emulator.mjs';

const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const mark = (ok) => (ok ? '✔' : '✘');

function show(title, rows) {
  console.log(`\n${bold(title)}`);
  for (const [label, ok, detail] of rows) {
    console.log(`  ${mark(ok)} ${label}`);
    for (const line of detail) console.log(`      ${line}`);
  }
}

const problemsOf = (r) => r.problems.map((p) => `${p.code}: ${p.message}\n        fix: ${p.fix}`);

show('Email addresses (validateEmail)', [
  'ada@acme.com', 'Ada@Bücher.Example.', ' ada@acme.com', 'ada@acme', '"ada"@acme.com', 'a..da@acme.com',
  'adé@acme.com', 'ada@acme_corp.com', 'ada@[192.0.2.1]',
].map((input) => {
  const r = validateEmail(input);
  return [JSON.stringify(input), r.valid, r.valid ? [`→ ${r.address}`] : problemsOf(r)];
}));

const generated = generateAppPassword();
show('App passwords (validateAppPassword)', [
  ['a generated one (24 characters, not shown)', validateAppPassword(generated).valid, []],
  ['"hunter2" (the password itself is never echoed)', false, problemsOf(validateAppPassword('hunter2'))],
]);

const domains = [
  { domainAddress: 'acme.com', verifiedOwnership: true, verifiedMx: true },
  { domainAddress: 'staging.acme.com', verifiedOwnership: true, verifiedMx: false },
  'acme.nylas.email',
];
show('Domain match against registered domains (matchDomain)', [
  'bot@acme.com', 'bot@acme.nylas.email', 'bot@agents.acme.com', 'bot@acme.co', 'bot@staging.acme.com',
].map((email) => {
  const m = matchDomain(email, domains);
  const detail = m.matched ? [`→ ${m.domain}${m.trial ? ' (trial domain: no DNS needed)' : ''}`] : problemsOf(m);
  return [email, m.matched, detail];
}));

const verdict = preflightCreateAccount(
  { email: 'bot@agents.acme.com', appPassword: 'short', name: '', workspaceId: 'ws-1' },
  { domains },
);
show('A create request, checked before any network call (preflightCreateAccount)', [
  ['{ email: "bot@agents.acme.com", appPassword: "…", name: "", workspaceId: "ws-1" }', verdict.valid,
    verdict.problems.map((p) => `${p.field}: ${p.code}`)],
]);

// DEMO_STATE_DIR lets a test run the demo twice in a folder of its own (tests/js/demo.test.mjs).
const state = process.env.DEMO_STATE_DIR
  ? pathToFileURL(`${process.env.DEMO_STATE_DIR}/`) : new URL('../.demo/', import.meta.url);
mkdirSync(state, { recursive: true });
const emulator = await startEmulator(['--state', new URL('emulator-state.json', state).pathname,
  '--service-account-out', new URL('service-account.json', state).pathname, '--rate-limit', '50']);
try {
  await provision(emulator);
} finally {
  await emulator.stop();
}

async function provision(emu) {
  const { readFile } = await import('node:fs/promises');
  const serviceAccount = JSON.parse(await readFile(new URL('service-account.json', state), 'utf8'));
  const client = new AgentAccounts({ apiKey: emu.apiKey, apiUri: emu.url, serviceAccount, requestsPerSecond: 50 });
  console.log(`\n${bold(`Against the local Nylas emulator at ${emu.url} (${client})`)}`);

  const name = 'agents.acme.example';
  let domain = (await client.domains.list()).data.find((d) => d.domainAddress === name);
  domain ??= await client.domains.create({ name: 'Acme agents', domainAddress: name });
  console.log(`  ✔ domain ${name} registered (signed Manage Domains call), id ${domain.id}`);
  let doctor = await client.domains.doctor(domain.id);
  if (!doctor.readyForMailboxes) {
    console.log('  ✘ not ready for mailboxes yet; the DNS records to publish:');
    for (const line of (await client.domains.zoneFile(domain.id)).split('\n').filter(Boolean)) console.log(`      ${line}`);
    await emu.hooks.publishExpectedDns(name); // stands in for publishing them at a DNS provider
    for (const type of ['ownership', 'mx', 'spf', 'dkim', 'feedback']) await client.domains.verify(domain.id, type);
    doctor = await client.domains.doctor(domain.id);
  }
  console.log(`  ${mark(doctor.readyForMailboxes)} domain verified: ${doctor.checks.map((c) => `${c.type} ${c.verified ? '✔' : '✘'}`).join(', ')}`);

  const requests = Array.from({ length: 25 }, (_, i) => ({ email: `agent-${String(i + 1).padStart(2, '0')}@${name}`, name: `Agent ${i + 1}`, appPassword: generateAppPassword() }));
  requests.push({ email: 'support@acme.com' }); // a domain nobody registered
  // Each grant's revision counts its changes after creation: a re-run must leave every one alone.
  const revisions = async () => Object.fromEntries(
    Object.values((await emu.hooks.snapshot()).grants).map((g) => [g.id, g.revision]));
  const before = await revisions();
  const summary = await createManyWithCli(emu, requests);
  console.log(`  ✔ nylas-agent-accounts account create-many → createMany(26): ${summary.created} created, ${summary.existed} already existed (run make demo again to see them), ${summary.failed} failed`);
  const after = await revisions();
  const changed = Object.keys(before).filter((id) => after[id] !== before[id]);
  const existing = Object.keys(before).length;
  if (existing > 0 || changed.length > 0) {
    console.log(`  ${mark(changed.length === 0)} ${existing - changed.length} of the ${existing} accounts that existed before this run left unchanged (their new passwords not applied: createMany skips existing accounts unless asked)`);
  }
  if (changed.length > 0) process.exitCode = 1;
  for (const failed of summary.failedRows) {
    console.log(`      ✘ ${failed.email}: ${failed.code}: ${failed.message}\n        fix: ${failed.fix}`);
  }

  const status = await client.connector.status();
  console.log(`  ✔ connector.status(): connector ${status.connectorConfigured ? 'configured' : 'missing'}, ${status.accountCount} agent accounts`);
  const inbox = requests[0].email;
  await emu.hooks.deliverMessage({ grant: inbox, from: { name: 'Ada', email: 'ada@customer.example' }, subject: 'Where is my order?', body: 'Hello!' });
  const messages = await client.messages.list(inbox, { limit: 5 });
  console.log(`  ✔ ${inbox} received ${messages.data.length} message(s); newest: "${messages.data[0]?.subject}" from ${messages.data[0]?.from?.[0]?.email}`);
  console.log();
}

// The bulk step goes through the package's command line, as a shell script or CI job would run it: its
// progress bar (stderr) shows on the terminal, its --json summary (stdout) is read here. The CSV, its
// journal and its result file live in a folder of their own for the run (the CSV holds app passwords).
async function createManyWithCli(emu, requests) {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { spawnSync } = await import('node:child_process');
  const dir = mkdtempSync(join(tmpdir(), 'demo-import-'));
  try {
    const csv = join(dir, 'agents.csv');
    const cell = (value) => `"${String(value ?? '').replace(/"/g, '""')}"`; // generated passwords may hold , and "
    const rows = requests.map((r) => [r.email, r.name, r.appPassword].map(cell).join(','));
    writeFileSync(csv, `email,name,app_password\n${rows.join('\n')}\n`, { mode: 0o600 });
    console.log(`  $ nylas-agent-accounts account create-many agents.csv --concurrency 8`);
    const cli = spawnSync(process.execPath, [new URL('../pkg/cli.mjs', import.meta.url).pathname,
      'account', 'create-many', csv, '--concurrency', '8', '--json'], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NYLAS_API_KEY: emu.apiKey, NYLAS_API_URI: emu.url },
    });
    // Exit 1: a row failed at the API (the unregistered domain, on purpose); anything else is a fault.
    if (cli.status !== 0 && cli.status !== 1) throw new Error(`create-many exited with ${cli.status}: ${cli.stdout}`);
    return JSON.parse(cli.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
