// A strict TypeScript consumer of the client's published types. Never run: everything sits in functions
// nobody calls, so only the compiler sees it. Right calls compile; each @ts-expect-error guards a wrong
// one and fails the build if that line starts compiling.
import {
  AgentAccounts, ApiError, AgentAccountsError, matchDomain,
  type AgentAccountsOptions, type CallOptions, type Account, type ListCall, type Page, type RegisteredDomain,
  type Domain, type DomainRecord, type DomainDoctor, type DomainVerification, type Workspace, type Policy,
  type Rule, type RuleCreate, type RuleCondition, type List, type ListItem, type Message, type Webhook,
  type WebhookWithSecret, type CreateManyResult, type CreateManyProgress, type RetryEvent, type Connector,
  type ConnectorStatus, type ServiceAccountCredentials, type RetryReason, type ApiErrorCode, type ManualAssignResult,
  type OnExisting, type AccountUpdate, type AppPasswordRule, APP_PASSWORD_RULES, signWebhookPayload,
  type RuleEvaluation, type PolicyOptions,
} from 'nylas-agent-accounts';

declare const serviceAccount: ServiceAccountCredentials;
declare const keyFromEnv: string | undefined;

function construct(): AgentAccounts {
  const seen: RetryEvent[] = [];
  const options: AgentAccountsOptions = {
    apiKey: 'nyk_test', region: 'eu', serviceAccount, timeoutMs: 30_000, maxRetries: 2, requestsPerSecond: 10,
    retryBaseDelayMs: 100, retryMaxDelayMs: 2_000, fetch: (input, init) => fetch(input, init),
    headers: { 'x-trace': '1' },
    onRetry: (event) => { seen.push(event); const why: 'RATE_LIMITED' | 'SERVER_ERROR' | 'NETWORK_ERROR' | 'TIMEOUT' = event.reason; void why; },
  };
  const fromEnv = new AgentAccounts({ apiKey: keyFromEnv, apiUri: 'http://127.0.0.1:4010' });
  void fromEnv;
  // @ts-expect-error regions are us and eu only
  new AgentAccounts({ apiKey: 'k', region: 'asia' });
  // @ts-expect-error unknown option
  new AgentAccounts({ apiKey: 'k', timeout: 5 });
  // @ts-expect-error headers are strings
  new AgentAccounts({ apiKey: 'k', headers: { 'x-n': 1 } });
  // @ts-expect-error the service account is the snake_case file Nylas issues
  new AgentAccounts({ apiKey: 'k', serviceAccount: { privateKeyId: 'kid', privateKey: 'pem' } });
  // @ts-expect-error onRetry receives a RetryEvent, which has no `error`
  new AgentAccounts({ apiKey: 'k', onRetry: (e) => e.error });
  return new AgentAccounts(options);
}

async function accounts(client: AgentAccounts, signal: AbortSignal): Promise<void> {
  const opts: CallOptions = { signal };
  const created: Account = await client.accounts.create({ email: 'bot@acme.nylas.email', appPassword: 'Abcdefghijklmnop12', name: 'Bot' }, opts);
  const id: string = created.id;
  const createdAt: number = created.createdAt;
  const name: string | null | undefined = created.name;
  const byEmail: Account = await client.accounts.get('bot@acme.nylas.email');
  await client.accounts.update(id, { name: 'Renamed' });
  await client.accounts.update(id, { workspaceId: '7d5d4b8e-5f3c-4c43-9f0c-1b2f7f3e0a11' });
  await client.accounts.resetAppPassword(id, 'Zyxwvutsrqponmlk98');
  const gone: void = await client.accounts.delete(byEmail.id);

  const list: ListCall<Account> = client.accounts.list({ limit: 2, grantStatus: 'valid', orderBy: 'asc' });
  const first: Page<Account> = await list;
  const next: string | null = first.nextCursor;
  for await (const account of client.accounts.list()) {
    const email: string | undefined = account.email;
    void email;
  }
  for await (const page of client.accounts.list({ limit: 50 }).pages()) {
    const ids: string[] = page.data.map((a) => a.id);
    void ids;
  }
  const viaThen: number = await client.accounts.list().then((p) => p.data.length);

  const results: CreateManyResult[] = await client.accounts.createMany(
    [{ email: 'a@acme.nylas.email' }, { email: 'b@acme.nylas.email', appPassword: 'Abcdefghijklmnop12' }],
    { concurrency: 4, signal, onProgress: (p: CreateManyProgress) => { const left: number = p.total - p.done; void left; } },
  );
  for (const result of results) {
    if (result.status === 'failed') {
      const code: string = result.error.code;
      void code;
    } else {
      const account: Account = result.account;
      void account;
    }
  }

  const mode: OnExisting = 'skip';
  await client.accounts.create({ email: 'bot@acme.nylas.email' }, { onExisting: mode, signal });
  const statuses: Array<'created' | 'existed' | 'updated' | 'failed'> = results.map((r) => r.status);
  await client.accounts.createMany([{ email: 'c@acme.nylas.email' }], { onExisting: 'update' });
  const policyChange: AccountUpdate = { policyId: '7d5d4b8e-5f3c-4c43-9f0c-1b2f7f3e0a11', appPassword: null };
  await client.accounts.update(id, policyChange);
  await client.accounts.update(id, { appPassword: null });
  const rules: readonly AppPasswordRule[] = APP_PASSWORD_RULES;
  const signature: string = await signWebhookPayload('{}', 'secret');
  void [statuses, rules, signature];
  // @ts-expect-error onExisting is 'error', 'skip' or 'update'
  await client.accounts.create({ email: 'bot@acme.nylas.email' }, { onExisting: 'overwrite' });
  // @ts-expect-error a policy change must say what becomes of the app password
  await client.accounts.update(id, { policyId: '7d5d4b8e-5f3c-4c43-9f0c-1b2f7f3e0a11' });
  // @ts-expect-error the email is a string
  await client.accounts.create({ email: 42 });
  // @ts-expect-error get needs an id or email
  await client.accounts.get();
  // @ts-expect-error accounts have no `password` field to update
  await client.accounts.update(id, { password: 'x' });
  // @ts-expect-error a grant has no `mailbox` field
  void created.mailbox;
  // @ts-expect-error delete resolves with nothing
  const deleted: Account = await client.accounts.delete(id);
  // @ts-expect-error createMany results are not accounts until narrowed
  const notNarrowed: Account = results[0]!.account;
  // @ts-expect-error a page's cursor may be null
  const cursor: string = first.nextCursor;
  void [createdAt, name, gone, next, viaThen, deleted, notNarrowed, cursor];
}

async function connectorAndDomains(client: AgentAccounts): Promise<void> {
  const status: ConnectorStatus = await client.connector.status();
  const count: number = status.accountCount;
  const connector: Connector = await client.connector.ensure();

  const domain: RegisteredDomain = await client.domains.create({ name: 'Acme', domainAddress: 'agents.acme.com' });
  const asDomain: Domain = domain;
  const matched = matchDomain('bot@agents.acme.com', [domain]);
  const verified: boolean = domain.verifiedOwnership && domain.verifiedMx;
  await client.domains.update(domain.id, { name: 'Acme agents' });
  const info: DomainVerification = await client.domains.info(domain.id, 'ownership');
  const host: string = info.attempt.options.host;
  const check: DomainVerification = await client.domains.verify(domain.id, 'mx');
  const state: 'done' | 'failed' | 'pending' = check.status;
  const records: DomainRecord[] = await client.domains.records(domain.id);
  const zone: string = await client.domains.zoneFile(domain.id);
  const doctor: DomainDoctor = await client.domains.doctor(domain.id);
  const ready: boolean = doctor.readyForMailboxes;
  for await (const d of client.domains.list()) void d.domainAddress;
  await client.domains.delete(domain.id);

  // @ts-expect-error the record type is a closed set
  await client.domains.verify(domain.id, 'dmarc');
  // @ts-expect-error info needs the record type
  await client.domains.info(domain.id);
  // @ts-expect-error create needs domainAddress, not address
  await client.domains.create({ name: 'Acme', address: 'acme.com' });
  // @ts-expect-error only the name can change
  await client.domains.update(domain.id, { domainAddress: 'other.com' });
  // @ts-expect-error a record's value may be null
  const value: string = records[0]!.value;
  void [count, connector, asDomain, matched, verified, host, state, zone, ready, value];
}

async function workspacesPoliciesRules(client: AgentAccounts): Promise<void> {
  const policy: Policy = await client.policies.create({
    name: 'Strict', limits: { limitCountDailyEmailSent: 100, limitInboxRetentionPeriod: 30, limitSpamRetentionPeriod: 7 },
    spamDetection: { spamSensitivity: 2 },
  });
  await client.policies.update(policy.id, { limits: { limitAttachmentAllowedTypes: ['application/pdf'] } });
  const sensitivity: number | undefined = policy.spamDetection?.spamSensitivity;
  const options: PolicyOptions = { additionalFolders: ['Receipts'], useCidrAliasing: true };
  await client.policies.update(policy.id, { options });
  const folders: string[] | undefined = policy.options?.additionalFolders;
  // @ts-expect-error additionalFolders takes folder names, not a flag
  await client.policies.create({ name: 'Bad', options: { additionalFolders: true } });
  const evaluations: Page<RuleEvaluation> = await client.rules.evaluations('bot@acme.com', { limit: 10 });
  for await (const e of client.rules.evaluations('bot@acme.com')) void (e.appliedActions?.blocked, e.messageId);
  void [folders, evaluations];

  const workspace: Workspace = await client.workspaces.create({ name: 'Acme', domain: 'acme.com', autoGroup: false, policyId: policy.id });
  const wsId: string = workspace.workspaceId;
  await client.workspaces.update(wsId, { policyId: null });
  const assigned: ManualAssignResult = await client.workspaces.manualAssign(wsId, { assignGrants: ['g1'] });
  const moved: string[] = assigned.grantsAssigned;
  await client.workspaces.autoGroup({ specificDomain: 'acme.com' });

  const conditions: RuleCondition[] = [
    { field: 'from.domain', operator: 'is', value: 'spam.example' },
    { field: 'from.address', operator: 'in_list', value: ['list-id'] },
    { field: 'outbound.type', operator: 'is', value: 'reply' },
  ];
  const request: RuleCreate = {
    name: 'Block spammers', priority: 5, trigger: 'inbound',
    match: { operator: 'any', conditions }, actions: [{ type: 'block' }],
  };
  const rule: Rule = await client.rules.create(request);
  await client.rules.update(rule.id, { enabled: false, actions: [{ type: 'assign_to_folder', value: 'Later' }] });
  const page: Page<Rule> = await client.rules.list({ limit: 10 });

  // @ts-expect-error workspaces are identified by workspaceId, not id
  void workspace.id;
  const manual: Workspace = await client.workspaces.create({ name: 'No domain' });
  void manual;
  // @ts-expect-error a workspace without a domain can't auto-group
  await client.workspaces.create({ name: 'No domain', autoGroup: true });
  // @ts-expect-error a condition field outside the API's set
  await client.rules.create({ ...request, match: { conditions: [{ field: 'subject', operator: 'is', value: 'x' }] } });
  // @ts-expect-error in_list takes list ids, not one string
  const wrongList: RuleCondition = { field: 'from.domain', operator: 'in_list', value: 'list-id' };
  // @ts-expect-error outbound.type only takes compose or reply
  const wrongOutbound: RuleCondition = { field: 'outbound.type', operator: 'is', value: 'forward' };
  // @ts-expect-error assign_to_folder needs the folder
  await client.rules.update(rule.id, { actions: [{ type: 'assign_to_folder' }] });
  // @ts-expect-error unknown action
  await client.rules.update(rule.id, { actions: [{ type: 'delete' }] });
  // @ts-expect-error trigger is inbound or outbound
  await client.rules.update(rule.id, { trigger: 'both' });
  // @ts-expect-error limits are numbers of bytes or days
  await client.policies.create({ name: 'x', limits: { limitStorageTotal: '1GB' } });
  void [sensitivity, moved, page, wrongList, wrongOutbound];
}

async function listsMessagesWebhooks(client: AgentAccounts): Promise<void> {
  const list: List = await client.lists.create({ name: 'Blocked', type: 'domain', description: 'spam domains' });
  const withItems: List = await client.lists.items.add(list.id, ['Spam.example', 'junk.example']);
  const count: number | undefined = withItems.itemsCount;
  for await (const item of client.lists.items.list(list.id)) {
    const v: ListItem = item;
    void v.value;
  }
  await client.lists.items.remove(list.id, ['junk.example']);
  await client.lists.update(list.id, { name: 'Blocked domains', description: null });

  const messages: Page<Message> = await client.messages.list('bot@acme.nylas.email', { unread: true, anyEmail: ['a@b.co'], in: 'inbox', limit: 5 });
  const subject: string | undefined = messages.data[0]?.subject;
  const sender: string | undefined = messages.data[0]?.from?.[0]?.email;
  const metadata: Record<string, unknown> | undefined = messages.data[0]?.metadata;

  const hook: WebhookWithSecret = await client.webhooks.create({ triggerTypes: ['message.created'], webhookUrl: 'https://example.com/hook' });
  const secret: string = hook.webhookSecret;
  const got: Webhook = await client.webhooks.get(hook.id);
  await client.webhooks.update(hook.id, { status: 'pause', description: 'paused' });
  const rotated: string = (await client.webhooks.rotateSecret(hook.id)).webhookSecret;
  await client.webhooks.delete(hook.id);

  // @ts-expect-error a list's type can't change
  await client.lists.update(list.id, { type: 'tld' });
  // @ts-expect-error list types are domain, tld or address
  await client.lists.create({ name: 'x', type: 'email' });
  // @ts-expect-error items are strings
  await client.lists.items.add(list.id, [42]);
  // @ts-expect-error messages.list needs the account
  client.messages.list();
  // @ts-expect-error unread is a boolean filter
  client.messages.list('bot@acme.nylas.email', { unread: 'yes' });
  // @ts-expect-error only create and rotateSecret show the secret
  const leaked: string = got.webhookSecret;
  // @ts-expect-error unknown trigger
  await client.webhooks.create({ triggerTypes: ['message.read'], webhookUrl: 'https://example.com/hook' });
  // @ts-expect-error status can be set to active or pause only
  await client.webhooks.update(hook.id, { status: 'failed' });
  void [count, subject, sender, metadata, secret, rotated, leaked];
}

function errors(error: unknown): string {
  if (error instanceof ApiError) {
    const code = error.code as ApiErrorCode;
    return `${code} ${error.status} ${error.fix}`;
  }
  if (error instanceof AgentAccountsError) return error.code;
  return 'unknown';
}

export const neverCalled = [construct, accounts, connectorAndDomains, workspacesPoliciesRules, listsMessagesWebhooks, errors];

// ServiceAccountCredentials is generated from the Rust struct the client reads (src/client/signing.rs):
// the key and its id required, the rest optional, the region a Region.
const issued: ServiceAccountCredentials = { private_key_id: 'kid', private_key: 'pem', region: 'eu', type: 'service_account' };
// @ts-expect-error the private key is required
const keyless: ServiceAccountCredentials = { private_key_id: 'kid' };
// @ts-expect-error the region is 'us' or 'eu'
const elsewhere: ServiceAccountCredentials = { private_key_id: 'kid', private_key: 'pem', region: 'ap' };
void [issued, keyless, elsewhere];

// RetryReason is generated from the retry rule (should_retry in src/client/retry.rs).
const reasons: RetryReason[] = ['RATE_LIMITED', 'SERVER_ERROR', 'NETWORK_ERROR', 'TIMEOUT'];
// @ts-expect-error a refused request is never retried
const notRetried: RetryReason = 'UNAUTHORIZED';
void [reasons, notRetried];
