// Types of `nylas-agent-accounts/checks`: the local checks alone, declared once in the main entry's file.
export {
  validateEmail, validateEmails, validateAppPassword, generateAppPassword, matchDomain,
  preflightCreateAccount, ready, AgentAccountsError, ValidationError, APP_PASSWORD_RULES,
} from '../index.js';
export type {
  EmailProblemCode, AppPasswordProblemCode, DomainProblemCode, ProblemCode, ProblemField, Problem,
  EmailCheck, EmailOptions, PasswordCheck, Domain, DomainMatch, CreateAccountRequest, PreflightContext,
  Preflight, ErrorCode, AppPasswordRule,
} from '../index.js';
