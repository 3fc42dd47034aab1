// A strict TypeScript consumer of the published types: right calls compile, wrong ones must not
// (each @ts-expect-error fails the build if the line it guards starts compiling).
import {
  validateEmail, validateEmails, validateAppPassword, generateAppPassword, matchDomain,
  preflightCreateAccount, AgentAccountsError, ValidationError,
  type EmailCheck, type ProblemCode, type Domain, type DomainMatch, type Preflight,
  type EmailOptions, type CreateAccountRequest, type PreflightContext,
} from 'nylas-agent-accounts';

const check: EmailCheck = validateEmail('ada@example.com', { defaultDomain: 'acme.nylas.email' });
const address: string | undefined = check.address;
const firstCode: ProblemCode | undefined = check.problems[0]?.code;
const batch: EmailCheck[] = validateEmails(['a@b.co', 'c@d.co']);
const passwordOk: boolean = validateAppPassword(generateAppPassword(30)).valid;

const domains: Domain[] = [{ domainAddress: 'acme.com', verifiedOwnership: true, verifiedMx: false }];
const matched: DomainMatch = matchDomain('bot@acme.com', [...domains, 'acme.nylas.email']);
const suggestion: string | undefined = matched.suggestion;
const verdict: Preflight = preflightCreateAccount({ email: 'bot@acme.com', appPassword: 'x' }, { domains });

try {
  generateAppPassword(5);
} catch (error) {
  if (error instanceof ValidationError) {
    const codes: ProblemCode[] = error.problems.map((p) => p.code);
    void codes;
  } else if (error instanceof AgentAccountsError) {
    const code: string = error.code;
    void code;
  }
}

// @ts-expect-error the address must be a string
validateEmail(42);
// @ts-expect-error unknown option
validateEmail('a@b.co', { defaultDomian: 'x' });
// @ts-expect-error codes are a closed union
const wrong: ProblemCode = 'EMAIL_BAD';
// @ts-expect-error email is required
preflightCreateAccount({ appPassword: 'x' });
// @ts-expect-error a domain object needs its domainAddress
matchDomain('a@b.co', [{ name: 'acme' }]);
// @ts-expect-error exactOptionalPropertyTypes: undefined is not a name
preflightCreateAccount({ email: 'a@b.co', name: undefined });

void [address, firstCode, batch, passwordOk, suggestion, verdict, wrong];

// EmailOptions, CreateAccountRequest and PreflightContext are generated from Rust (src/typescript.rs): interfaces, with the
// address required and every other field optional.
const emailOptions: EmailOptions = { defaultDomain: 'acme.nylas.email' };
const minimal: CreateAccountRequest = { email: 'bot@acme.com' };
const whole: CreateAccountRequest = { email: 'bot@acme.com', appPassword: 'x', name: 'Bot', policyId: 'p', workspaceId: 'w' };
// @ts-expect-error the address is required
const noEmail: CreateAccountRequest = { name: 'Bot' };
interface NamedRequest extends CreateAccountRequest { tag: string }
const named: NamedRequest = { ...minimal, tag: 't' };
const noDomains: PreflightContext = {};
const someDomains: PreflightContext = { domains: ['acme.com', { domainAddress: 'agents.acme.com', verifiedMx: true }] };
// @ts-expect-error a domain is a name or a domain object
const badDomains: PreflightContext = { domains: [42] };
void [emailOptions, whole, noEmail, named, noDomains, someDomains, badDomains];
