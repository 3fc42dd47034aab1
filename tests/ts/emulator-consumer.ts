// The in-process emulator's types as a strict consumer uses them (type-checked, not run).
import { AgentAccounts } from 'nylas-agent-accounts';
import { createEmulator, type Emulator, type EmulatorOptions } from 'nylas-agent-accounts/emulator';

const options: EmulatorOptions = { domains: ['acme.nylas.email'], autoConnector: true, faultRate: 0.05, rateLimit: 50 };
const emulator: Emulator = await createEmulator(options);
const client = new AgentAccounts({ apiUri: emulator.url, apiKey: emulator.apiKey, fetch: emulator.fetch });
const rule = await emulator.addFault({ kind: '503', path: '/v3/connect/custom', phase: 'after', count: 1 });
const firedSoFar: number = rule.fired + (await emulator.listFaults()).length;
const delivered = await emulator.deliverMessage({ grant: 'bot@acme.nylas.email', subject: 'Hi', from: { email: 'a@b.example' } });
const accepted: boolean[] = delivered.deliveries.map((d) => d.delivered);
const { grants, webhooks } = await emulator.snapshot();
const hasPassword: boolean | undefined = Object.values(grants)[0]?.has_app_password;
const records: string[] = (await emulator.publishExpectedDns('acme.example')).records.map((r) => r.type);
const calls: number = (await emulator.stats()).calls['POST /v3/connect/custom'] ?? 0;
const removed: number = (await emulator.clearFaults(rule.id)).removed;
void [firedSoFar, accepted, hasPassword, records, calls, removed];
// @ts-expect-error: the snapshot shows no webhook secret
void webhooks[0]?.webhook_secret;
const server: { url: string; close(): Promise<void> } = await emulator.listen(0);
await server.close();
void client;

// @ts-expect-error: not a fault kind
await emulator.addFault({ kind: '418' });
// @ts-expect-error: domains is a list
await createEmulator({ domains: 'acme.nylas.email' });
