// Data for the admin page's views, made from Node with the key (the operator's side, not the page's):
// used by the accessibility test, the screenshots and the benchmark so every view has something in it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AgentAccounts, generateAppPassword } from 'nylas-agent-accounts';

const PEOPLE = ['support', 'billing', 'sales', 'onboarding', 'returns', 'press', 'careers', 'security', 'partners', 'legal', 'events', 'research'];

/** Fills the emulator behind `www` (from startWww) with `trialDomain`'s accounts, an own domain, etc. */
export async function seed(www, { apiKey, trialDomain, ownDomain = 'agents.acme.example', accounts = PEOPLE.length } = {}) {
  const serviceAccount = JSON.parse(await readFile(join(www.stateDir, 'service-account.json'), 'utf8'));
  const client = new AgentAccounts({ apiKey, apiUri: www.emulator.url, serviceAccount, requestsPerSecond: 200 });
  const policy = await client.policies.create({ name: 'Outbound limit', limits: { limitCountDailyEmailSent: 500 } });
  await client.policies.create({ name: 'Strict spam filter', spamDetection: { spamSensitivity: 3 } });
  const list = await client.lists.create({ name: 'Blocked domains', type: 'domain' });
  await client.lists.items.add(list.id, ['spam.example', 'phish.example']);
  await client.rules.create({ name: 'Block known spam', match: { conditions: [{ field: 'from.domain', operator: 'in_list', value: [list.id] }] }, actions: [{ type: 'block' }] });
  await client.rules.create({ name: 'Star customers', match: { conditions: [{ field: 'from.domain', operator: 'is', value: 'customer.example' }] }, actions: [{ type: 'mark_as_starred' }] });
  await client.workspaces.create({ name: 'Acme agents', domain: trialDomain, policyId: policy.id });
  const created = await client.accounts.createMany(PEOPLE.slice(0, accounts).map((who) =>
    ({ email: `${who}@${trialDomain}`, name: `${who[0].toUpperCase()}${who.slice(1)} agent`, appPassword: generateAppPassword() })));
  const own = await client.domains.create({ name: 'Acme agents (own)', domainAddress: ownDomain });
  await www.emulator.hooks.publishExpectedDns(ownDomain);
  for (const type of ['ownership', 'mx']) await client.domains.verify(own.id, type);
  const inbox = `support@${trialDomain}`;
  const now = Math.floor(Date.now() / 1000);
  // Oldest first: the emulator lists in delivery order, newest first.
  const mail = [
    ['Mallory', 'mallory@spam.example', '<img src=x onerror=alert(1)> You won!', '<script>alert("hi")</script> Claim your prize now'],
    ['Linus', 'linus@example.org', 'Re: API access', 'Thanks, the new key works. One question about rate limits on the bulk endpoint.'],
    ['Grace Hopper', 'grace@customer.example', 'Invoice for November', 'Please find the invoice attached. Payment terms are 30 days as agreed.'],
    ['Ada Lovelace', 'ada@customer.example', 'Where is my order #4411?', 'Hello, I ordered a set of gears last week and the tracking page has not moved since Tuesday.'],
  ];
  for (const [i, [name, email, subject, body]] of mail.entries()) {
    await www.emulator.hooks.deliverMessage({ grant: inbox, from: { name, email }, subject, body, date: now - 3600 * (mail.length - i), unread: i >= 2 });
  }
  return { client, accounts: created.map((r) => r.account), ownDomainId: own.id, inbox };
}
