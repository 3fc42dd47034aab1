// Types of `nylas-agent-accounts/checks`: the local checks alone, declared once in the main entry's file.
/**
 * `nylas-agent-accounts/checks`: the local checks alone (the same functions and answers as the main
 * entry), from a wasm without the client: about a third of the download, for pages that only validate.
 * Its errors are instances of its own `ValidationError`.
 *
 * @example
 * import { validateEmail } from 'nylas-agent-accounts/checks';
 * validateEmail('ada@acme.com').valid; // true
 *
 * @module nylas-agent-accounts/checks
 */
export {
  validateEmail, validateEmails, validateAppPassword, generateAppPassword, matchDomain,
  preflightCreateAccount, ready, AgentAccountsError, ValidationError, APP_PASSWORD_RULES,
} from '../index.js';
export type {
  EmailProblemCode, AppPasswordProblemCode, DomainProblemCode, ProblemCode, ProblemField, Problem,
  EmailCheck, EmailOptions, PasswordCheck, Domain, DomainMatch, CreateAccountRequest, PreflightContext,
  Preflight, ErrorCode, AppPasswordRule,
} from '../index.js';
