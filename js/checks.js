// The local checks: what `nylas-agent-accounts/checks` exports, and the main entry with them. Each call
// crosses into wasm once, with strings in and JSON (or compact) text out, and turns error reports into
// Error classes. No validation logic lives here: it is all in Rust; this file shapes the arguments.
import * as wasm from './nylas_agent_accounts.js';
import { toError } from './errors.js';
import { requestFields } from './request.js';

export { AgentAccountsError, ValidationError } from './errors.js';
export { APP_PASSWORD_RULES } from './password-rules.js';

function call(fn, ...args) {
  try {
    return fn(...args);
  } catch (thrown) {
    throw toError(thrown);
  }
}

// Local checks never throw on a bad string: they report it. A value that is not a string is a
// programming error (PRODUCT.md): never coerced (`['a@b.co']` would pass as 'a@b.co'), an
// INVALID_ARGUMENT that names what came instead, made in Rust (src/argument.rs): `expected` indexes what
// the argument must be there (0 a string, 1 an array of strings, 2 a context, 3 a domain list, 4 a domain).
const wrong = (what, expected, value) => toError(wasm.argumentError(what, expected, value));
function text(value, what) {
  if (typeof value === 'string') return value;
  throw wrong(what, 0, value);
}
const defaultDomainOf = (options) => (options?.defaultDomain == null
  ? undefined : text(options.defaultDomain, 'options.defaultDomain'));

// Problems of recent invalid results, by their JSON text: a form or a CSV shows the same few mistakes
// over and over, and parsing their text was most of a call's cost. Bounded; entries are never shared
// with callers (each result gets fresh problem objects).
const problemTexts = new Map();
const PROBLEM_TEXTS_MAX = 256;

export function validateEmail(address, options) {
  const input = text(address, 'validateEmail(address): address');
  const compact = wasm.validateEmailCompact(input, defaultDomainOf(options));
  if (compact.charCodeAt(0) === 86 /* V: valid, see encode_single in src/batch.rs */) {
    const [length, domain, unicodeDomain] = compact.slice(1).split('\t');
    return validCheck(input, Number(length), domain, unicodeDomain);
  }
  let problems = problemTexts.get(compact);
  if (problems === undefined) {
    problems = JSON.parse(compact.slice(1));
    if (problemTexts.size >= PROBLEM_TEXTS_MAX) problemTexts.clear();
    problemTexts.set(compact, problems);
  }
  return { valid: false, problems: problems.map((p) => ({ ...p })) };
}

export function validateEmails(addresses, options) {
  if (!Array.isArray(addresses)) throw wrong('validateEmails(addresses): addresses', 1, addresses);
  // Each element is read once, into a copy: an array whose elements change while read (a getter, a
  // proxy) can't have one value checked and another reported.
  const inputs = new Array(addresses.length);
  for (let i = 0; i < inputs.length; i++) {
    const address = addresses[i];
    // The argument's name is built only for the error: built for every address, it cost a 100k batch
    // about an eighth of its time.
    if (typeof address !== 'string') throw wrong(`validateEmails(addresses): addresses[${i}]`, 0, address);
    inputs[i] = address;
  }
  // One crossing: the addresses joined by NUL. An address holding a NUL itself splits into more parts
  // than there are addresses; Rust then answers undefined and each is checked on its own.
  const json = wasm.validateEmailsJoined(inputs.join('\0'), inputs.length, defaultDomainOf(options));
  if (json === undefined) return inputs.map((address) => validateEmail(address, options));
  return expandBatch(inputs, JSON.parse(json));
}

// Rebuilds the EmailCheck objects validateEmail returns from the compact batch form (EmailBatch in
// src/batch.rs, where the format is described).
function expandBatch(inputs, { domains, problems, items }) {
  const checks = new Array(inputs.length);
  let at = 0;
  for (let i = 0; i < inputs.length; i++) {
    const head = items[at++];
    if (head < 0) {
      const found = new Array(-head);
      for (let p = 0; p < -head; p++) found[p] = { ...problems[items[at++]] };
      checks[i] = { valid: false, problems: found };
      continue;
    }
    const [domain, unicodeDomain] = domains[items[at++]];
    checks[i] = validCheck(inputs[i], head, domain, unicodeDomain);
  }
  return checks;
}

// The valid EmailCheck of both compact forms (src/batch.rs).
function validCheck(input, length, domain, unicodeDomain) {
  const localPart = input.slice(0, length);
  const check = { valid: true, address: `${localPart}@${domain}`, localPart, domain };
  if (unicodeDomain !== undefined) check.unicodeDomain = unicodeDomain;
  check.problems = [];
  return check;
}

export function validateAppPassword(password) {
  return JSON.parse(wasm.validateAppPasswordJson(text(password, 'validateAppPassword(password): password')));
}

// The default length and which lengths are accepted are decided in Rust (requested_length).
export function generateAppPassword(length) {
  return call(wasm.generateAppPassword, length);
}

export function matchDomain(email, domains) {
  const encoded = domainArgs(domains ?? [], 'matchDomain(email, domains): domains');
  return JSON.parse(call(wasm.matchDomainJson, text(email, 'matchDomain(email, domains): email'), encoded));
}

export function preflightCreateAccount(request, context) {
  const { email, appPassword, name, policyId, workspaceId } = requestFields(request);
  if (context != null && typeof context !== 'object') throw wrong('preflightCreateAccount(request, context): context', 2, context);
  const domains = context?.domains == null
    ? undefined : domainArgs(context.domains, 'preflightCreateAccount(request, context): context.domains');
  const encoded = [email, appPassword, name, policyId, workspaceId, domains].map(framed).join('');
  return JSON.parse(call(wasm.preflightCreateAccountJson, encoded));
}

// One text in the frame `domain_refs` and preflight_create_account_json read (src/wasm/mod.rs): its
// length, ':', itself; '-' when absent.
const framed = (text) => (text === undefined ? '-' : `${text.length}:${text}`);

// Registered domains in the one string `domain_refs` in src/wasm/mod.rs reads (described there), from
// names and domain objects (camelCase as the client returns them, or snake_case as the wire carries them).
function domainArgs(domains, what) {
  if (!Array.isArray(domains)) throw wrong(what, 3, domains);
  return domains.map((domain, i) => {
    return framed(domainArg(domain, `${what}[${i}]`));
  }).join('');
}

function domainArg(domain, at) {
  if (typeof domain === 'string') return `N${domain}`;
  if (domain === null || typeof domain !== 'object') throw wrong(at, 4, domain);
  const address = domain.domainAddress ?? domain.domain_address;
  if (typeof address !== 'string') throw wrong(`${at}.domainAddress`, 4, address);
  const flag = (value, name) => {
    if (value == null) return '-';
    if (typeof value !== 'boolean') throw wrong(`${at}.${name}`, 4, value);
    return value ? 't' : 'f';
  };
  return `O${flag(domain.branded, 'branded')}`
    + `${flag(domain.verifiedOwnership ?? domain.verified_ownership, 'verifiedOwnership')}`
    + `${flag(domain.verifiedMx ?? domain.verified_mx, 'verifiedMx')}${address}`;
}
