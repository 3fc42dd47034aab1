//! `check email|password|domain` (the package's local checks, offline), `webhook verify` and
//! `messages list`. A failed check exits 3 with the problems and their fixes; nothing is decided here.
import { readFileSync } from 'node:fs';
import { validateEmails, validateAppPassword, matchDomain, verifyWebhookSignature } from 'nylas-agent-accounts';
import { clientOf, readSecret } from './config.mjs';
import { intOption } from './args.mjs';
import { UsageError, VerdictExit } from './errors.mjs';
import { when } from './output.mjs';

function showProblems(out, problems) {
  for (const p of problems) {
    out.line(`    ${p.message} ${out.paint.dim(`[${p.code}]`)}`);
    out.line(`    ${out.paint.bold('fix')}: ${p.fix}`);
  }
}
const mark = (out, ok) => (ok ? out.paint.green('✔') : out.paint.red('✘'));

async function checkEmail(ctx) {
  const options = ctx.values['default-domain'] ? { defaultDomain: ctx.values['default-domain'] } : undefined;
  const checks = validateEmails(ctx.positionals, options);
  const results = checks.map((check, i) => ({ input: ctx.positionals[i], ...check }));
  ctx.out.result(results, () => {
    for (const r of results) {
      ctx.out.line(`${mark(ctx.out, r.valid)} ${JSON.stringify(r.input)}${r.valid ? ` → ${r.address}` : ''}`);
      showProblems(ctx.out, r.problems);
    }
  });
  if (results.some((r) => !r.valid)) throw new VerdictExit();
}

async function checkPassword(ctx) {
  let password = readSecret(ctx, 'app-password', { what: 'the app password' });
  if (password === undefined) {
    if (process.stdin.isTTY) throw new UsageError('No app password given.', 'Pass --app-password-env VAR or --app-password-file FILE, or pipe it on stdin.');
    password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  }
  const check = validateAppPassword(password);
  ctx.out.result(check, () => {
    ctx.out.line(`${mark(ctx.out, check.valid)} the app password ${check.valid ? 'is valid' : 'is not valid'} (never shown)`);
    showProblems(ctx.out, check.problems);
  });
  if (!check.valid) throw new VerdictExit();
}

async function checkDomain(ctx) {
  let domains = ctx.values.domain ?? [];
  if (ctx.values.registered) {
    domains = [];
    for await (const d of clientOf(ctx, { needsServiceAccount: true }).domains.list()) domains.push(d);
  } else if (domains.length === 0) {
    throw new UsageError('No domains to match against.', 'Pass --domain DOMAIN (repeatable), or --registered to use the domains registered with Nylas.');
  }
  const results = ctx.positionals.map((email) => ({ email, ...matchDomain(email, domains) }));
  ctx.out.result(results, () => {
    for (const r of results) {
      ctx.out.line(`${mark(ctx.out, r.matched)} ${r.email}${r.matched ? ` → ${r.domain}${r.trial ? ' (trial domain)' : ''}` : ''}`);
      showProblems(ctx.out, r.problems);
    }
  });
  if (results.some((r) => !r.matched)) throw new VerdictExit();
}

async function webhookVerify(ctx) {
  const secret = readSecret(ctx, 'secret', { what: 'the webhook secret', envDefault: 'NYLAS_WEBHOOK_SECRET' });
  if (secret === undefined) throw new UsageError('No webhook secret.', 'Pass --secret-env VAR (default NYLAS_WEBHOOK_SECRET) or --secret-file FILE.');
  if (!ctx.values.signature) throw new UsageError('No signature.', 'Pass --signature with the x-nylas-signature header value.');
  const body = ctx.values['body-file'] ? readFileSync(ctx.values['body-file']) : readFileSync(0);
  const valid = await verifyWebhookSignature(new Uint8Array(body), ctx.values.signature, secret);
  ctx.out.result({ valid }, () => ctx.out.line(valid ? `${mark(ctx.out, true)} signature valid` : `${mark(ctx.out, false)} signature does not match this body and secret`));
  if (!valid) throw new VerdictExit();
}

async function messagesList(ctx) {
  const filter = { limit: intOption(ctx.values, 'limit', { min: 1, max: 200, fallback: 20 }) };
  if (ctx.values.unread) filter.unread = true;
  if (ctx.values.from) filter.from = ctx.values.from;
  if (ctx.values.folder) filter.in = ctx.values.folder;
  const page = await clientOf(ctx).messages.list(ctx.positionals[0], filter);
  ctx.out.result(page.data, () => {
    if (page.data.length === 0) ctx.out.line('No messages.');
    ctx.out.table(['DATE', 'FROM', 'SUBJECT', 'ID'], page.data.map((m) => [
      when(m.date), m.from?.[0]?.email ?? '', `${m.unread ? '● ' : ''}${m.subject ?? ''}`, m.id]));
  });
}

const SECRET_OPTIONS = (flag, what) => ({
  [`${flag}-env`]: { type: 'string', value: 'VAR', help: `read ${what} from environment variable VAR` },
  [`${flag}-file`]: { type: 'string', value: 'FILE', help: `read ${what} from FILE ('-' for stdin)` },
  [flag]: { type: 'string', value: 'VALUE', help: `${what} (discouraged: lands in shell history)` },
});

export const checkCommands = [
  {
    path: 'check email', args: 'ADDRESS...', run: checkEmail, summary: 'check addresses offline (exit 3 if any is invalid)',
    options: { 'default-domain': { type: 'string', value: 'DOMAIN', help: 'a bare alias becomes alias@DOMAIN' } },
    example: "nylas-agent-accounts check email ada@acme.com ' bob@acme.com'",
  },
  {
    path: 'check password', run: checkPassword, summary: 'check an app password offline, never echoing it',
    options: SECRET_OPTIONS('app-password', 'the app password'),
    example: 'printf %s "$APP_PASSWORD" | nylas-agent-accounts check password',
  },
  {
    path: 'check domain', args: 'EMAIL...', run: checkDomain, summary: "check addresses against domains (offline, or --registered)",
    options: {
      domain: { type: 'string', multiple: true, value: 'DOMAIN', help: 'a registered domain (repeatable)' },
      registered: { type: 'boolean', help: 'match against the domains registered with Nylas (needs a service account)' },
    },
    example: 'nylas-agent-accounts check domain bot@agents.acme.com --domain acme.com',
  },
  {
    path: 'webhook verify', run: webhookVerify, summary: 'verify a delivery\'s x-nylas-signature (body on stdin)',
    options: {
      signature: { type: 'string', value: 'HEX', help: 'the x-nylas-signature header' },
      'body-file': { type: 'string', value: 'FILE', help: 'the raw body (default: stdin)' },
      ...SECRET_OPTIONS('secret', 'the webhook secret (default: NYLAS_WEBHOOK_SECRET)'),
    },
    example: 'nylas-agent-accounts webhook verify --secret-env NYLAS_WEBHOOK_SECRET --signature "$SIG" < body.json',
  },
  {
    path: 'messages list', args: 'ID|EMAIL', run: messagesList, summary: "an account's messages, newest first",
    options: {
      limit: { type: 'string', value: 'N', help: 'how many, 1-200 (default 20)' },
      unread: { type: 'boolean', help: 'only unread' },
      from: { type: 'string', value: 'EMAIL', help: 'only from this sender' },
      folder: { type: 'string', value: 'ID', help: 'only this folder (inbox, sent, …)' },
    },
    example: 'nylas-agent-accounts messages list support@acme.nylas.email --unread',
  },
];
