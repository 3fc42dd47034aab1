// The checks-only entry, `nylas-agent-accounts/checks`: the checks' functions and types, and nothing of
// the client.
import { ready, validateEmail, validateEmails, matchDomain, preflightCreateAccount, ValidationError } from 'nylas-agent-accounts/checks';
import type { EmailCheck, Domain, Preflight } from 'nylas-agent-accounts/checks';

const checks: EmailCheck[] = validateEmails(['a@acme.com', 'nope']);
const domains: Domain[] = [{ domainAddress: 'acme.com', verifiedOwnership: true, verifiedMx: true }];
const matched: boolean = matchDomain('bot@acme.com', [...domains, 'acme.nylas.email']).matched;
const verdict: Preflight = preflightCreateAccount({ email: 'bot@acme.com' }, { domains });
const done: Promise<void> = ready();
try { validateEmail(''); } catch (e) { if (e instanceof ValidationError) void e.problems; }
void checks; void matched; void verdict; void done;

// @ts-expect-error the client is not part of the checks entry
import { AgentAccounts } from 'nylas-agent-accounts/checks';
void AgentAccounts;
// @ts-expect-error matchDomain takes names or domain objects
matchDomain('bot@acme.com', [42]);
