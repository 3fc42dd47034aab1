//! `account create|list|get|update|reset-password|delete` and `status`: thin calls to client.accounts
//! and client.connector. Every check (address, password, policy change rules) happens in the package.
import { appPasswordOf, clientOf } from './config.mjs';
import { intOption } from './args.mjs';
import { confirm } from './prompt.mjs';
import { UsageError } from './errors.mjs';
import { when } from './output.mjs';

const PASSWORD_OPTIONS = {
  'app-password-env': { type: 'string', value: 'VAR', help: 'read the app password from environment variable VAR' },
  'app-password-file': { type: 'string', value: 'FILE', help: "read the app password from FILE ('-' for stdin)" },
  'generate-password': { type: 'boolean', help: 'generate a valid app password and print it once' },
  'app-password': { type: 'string', value: 'P', help: 'the app password (discouraged: lands in shell history)' },
};

function showAccount(out, account) {
  out.fields([
    ['id', account.id], ['email', account.email], ['name', account.name ?? null], ['provider', account.provider],
    ['status', account.grantStatus], ['workspace', account.workspaceId ?? null],
    ['policy', account.settings?.policyId ?? null], ['created', when(account.createdAt)],
  ]);
}

function showAccounts(out, accounts, more) {
  if (accounts.length === 0) out.line('No accounts.');
  out.table(['ID', 'EMAIL', 'NAME', 'CREATED'], accounts.map((a) => [a.id, a.email, a.name ?? '', when(a.createdAt)]));
  if (more) out.note(out.paintErr.dim('More accounts follow: pass --all to list every one.'));
}

// The generated password is the one thing the user can't get back later: shown once, on stdout.
function withPassword(ctx, account, secret) {
  ctx.out.result(secret?.generated ? { account, appPassword: secret.password } : account, () => {
    showAccount(ctx.out, account);
    if (secret?.generated) ctx.out.line(`${ctx.out.paint.bold('app password')}  ${secret.password}   (shown once: store it now)`);
  });
}

async function create(ctx) {
  const secret = appPasswordOf(ctx);
  const request = {
    email: ctx.positionals[0], name: ctx.values.name, workspaceId: ctx.values.workspace,
    policyId: ctx.values.policy, appPassword: secret?.password,
  };
  const account = await clientOf(ctx).accounts.create(request, { onExisting: ctx.values['if-exists'] ?? 'error' });
  withPassword(ctx, account, secret);
}

async function list(ctx) {
  const filter = { limit: intOption(ctx.values, 'limit', { min: 1, max: 200, fallback: 50 }) };
  if (ctx.values.email) filter.email = ctx.values.email;
  if (ctx.values.workspace) filter.workspaceId = ctx.values.workspace;
  const call = clientOf(ctx).accounts.list(filter);
  if (ctx.values.all) {
    const accounts = [];
    for await (const account of call) accounts.push(account);
    return ctx.out.result(accounts, () => showAccounts(ctx.out, accounts, false));
  }
  const page = await call;
  ctx.out.result(page.data, () => showAccounts(ctx.out, page.data, Boolean(page.nextCursor)));
}

async function get(ctx) {
  const account = await clientOf(ctx).accounts.get(ctx.positionals[0]);
  ctx.out.result(account, () => showAccount(ctx.out, account));
}

async function update(ctx) {
  const patch = {};
  if (ctx.values.name !== undefined) patch.name = ctx.values.name;
  if (ctx.values.workspace !== undefined) patch.workspaceId = ctx.values.workspace;
  if (ctx.values.policy !== undefined) patch.policyId = ctx.values.policy === 'none' ? null : ctx.values.policy;
  const secret = appPasswordOf(ctx);
  if (secret && ctx.values['no-app-password']) throw new UsageError('Both an app password and --no-app-password were given.', 'Pass one of them.');
  if (secret) patch.appPassword = secret.password;
  if (ctx.values['no-app-password']) patch.appPassword = null;
  if (Object.keys(patch).length === 0) {
    throw new UsageError('Nothing to update.', 'Pass --name, --workspace, --policy or an app password option.');
  }
  const account = await clientOf(ctx).accounts.update(ctx.positionals[0], patch).catch((error) => {
    // The package's message names its JS arguments; say which flags those are here.
    if (error?.code === 'INVALID_ARGUMENT' && 'policyId' in patch && !('appPassword' in patch)) {
      error.fix = 'Add --generate-password (or --app-password-env VAR) to keep IMAP/SMTP access, or --no-app-password to end it.';
    }
    throw error;
  });
  withPassword(ctx, account, secret);
}

async function resetPassword(ctx) {
  if (ctx.values.generate) ctx.values['generate-password'] = true;
  const secret = appPasswordOf(ctx);
  if (!secret) {
    throw new UsageError('No new app password given.', 'Pass --generate-password, --app-password-env VAR or --app-password-file FILE.');
  }
  const account = await clientOf(ctx).accounts.resetAppPassword(ctx.positionals[0], secret.password);
  withPassword(ctx, account, secret);
}

async function remove(ctx) {
  const target = ctx.positionals[0];
  const client = clientOf(ctx);
  // Looked up first, so the question names the account and a typo fails before anything is asked.
  const account = await client.accounts.get(target);
  await confirm(ctx, `Delete account ${account.email ?? account.id} (${account.id})`);
  await client.accounts.delete(account.id);
  ctx.out.result({ deleted: true, id: account.id, email: account.email }, () => ctx.out.line(`Deleted ${account.email ?? account.id}.`));
}

async function status(ctx) {
  const s = await clientOf(ctx).connector.status();
  ctx.out.result(s, () => {
    ctx.out.fields([
      ['connector', s.connectorConfigured ? 'configured (provider nylas)' : 'missing: the first account create makes it'],
      ['accounts', String(s.accountCount)],
    ]);
  });
}

const ID = 'ID|EMAIL';
export const accountCommands = [
  {
    path: 'account create', args: 'EMAIL', run: create,
    summary: 'create an agent account (checked locally first)',
    options: {
      name: { type: 'string', value: 'NAME', help: 'display name' },
      workspace: { type: 'string', value: 'ID', help: 'workspace to put it in' },
      policy: { type: 'string', value: 'ID', help: 'legacy policy id (settings.policy_id)' },
      'if-exists': { type: 'string', value: 'error|skip|update', help: 'when the address has an account: refuse (default), leave it, or apply this request' },
      ...PASSWORD_OPTIONS,
    },
    example: 'nylas-agent-accounts account create support@acme.nylas.email --name "Support" --generate-password',
  },
  {
    path: 'account list', run: list, summary: 'list agent accounts (first page, or --all)',
    options: {
      all: { type: 'boolean', help: 'every page' },
      limit: { type: 'string', value: 'N', help: 'accounts per page, 1-200 (default 50)' },
      email: { type: 'string', value: 'EMAIL', help: 'only this address' },
      workspace: { type: 'string', value: 'ID', help: 'only this workspace' },
    },
    example: 'nylas-agent-accounts account list --all --json',
  },
  { path: 'account get', args: ID, run: get, summary: 'show one account', example: 'nylas-agent-accounts account get support@acme.nylas.email' },
  {
    path: 'account update', args: ID, run: update, summary: 'change name, workspace, policy or app password',
    options: {
      name: { type: 'string', value: 'NAME', help: 'new display name' },
      workspace: { type: 'string', value: 'ID', help: 'move to this workspace' },
      policy: { type: 'string', value: 'ID|none', help: 'legacy policy id; needs a new app password or --no-app-password' },
      'no-app-password': { type: 'boolean', help: 'end IMAP/SMTP access (removes the app password)' },
      ...PASSWORD_OPTIONS,
    },
    example: 'nylas-agent-accounts account update support@acme.nylas.email --name "Support team"',
  },
  {
    path: 'account reset-password', args: ID, run: resetPassword, summary: 'set a new app password',
    options: { ...PASSWORD_OPTIONS, generate: { type: 'boolean', help: 'same as --generate-password' } },
    example: 'nylas-agent-accounts account reset-password support@acme.nylas.email --generate',
  },
  {
    path: 'account delete', args: ID, run: remove, summary: 'delete an account (asks first; --yes in scripts)',
    options: { yes: { type: 'boolean', short: 'y', help: 'do not ask (required when not on a terminal)' } },
    example: 'nylas-agent-accounts account delete support@acme.nylas.email --yes',
  },
  {
    path: 'status', run: status, summary: 'connector readiness and account count',
    example: 'nylas-agent-accounts status',
  },
];
