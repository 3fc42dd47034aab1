//! Configuration as the official Nylas CLI reads it: NYLAS_API_KEY, NYLAS_API_URI / --api-uri,
//! --region, and a service-account file for domains. Secrets come from the environment or a file;
//! a secret given as a flag still works but is warned about (it lands in shell history and `ps`).
import { readFileSync } from 'node:fs';
import { AgentAccounts, generateAppPassword } from 'nylas-agent-accounts';
import { UsageError, rememberSecret } from './errors.mjs';

/** Options every command takes. */
export const GLOBAL_OPTIONS = {
  json: { type: 'boolean', help: 'print the result as JSON (errors too, on stderr)' },
  'api-uri': { type: 'string', value: 'URL', help: 'API address (default: NYLAS_API_URI, else the region\'s)' },
  region: { type: 'string', value: 'us|eu', help: 'Nylas data region when no API address is given (default us)' },
  'api-key-file': { type: 'string', value: 'FILE', help: 'read the API key from FILE instead of NYLAS_API_KEY' },
  'api-key': { type: 'string', value: 'KEY', help: 'the API key (discouraged: use NYLAS_API_KEY)', hidden: true },
  'service-account': { type: 'string', value: 'FILE', help: 'service-account JSON for domain commands (default: NYLAS_SERVICE_ACCOUNT_FILE)' },
  debug: { type: 'boolean', help: 'print stack traces of errors' },
  help: { type: 'boolean', short: 'h', help: 'show help for the command' },
};

/** A file's text ('-' is standard input), as a usage error when it can't be read. */
export function readText(file, what) {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`Could not read ${what} from ${file === '-' ? 'standard input' : file}: ${error.code ?? error.message}.`,
      `Check that ${file} exists and is readable.`);
  }
}

/** A secret from a file: one line, its final newline removed (files written by `echo` end with one). */
function secretFromFile(file, what) {
  return rememberSecret(readText(file, what).replace(/\r?\n$/, ''));
}

/** Reads a secret given as `--X-env VAR`, `--X-file FILE` or (warned about) `--X VALUE`. */
export function readSecret(ctx, flag, { what, envDefault } = {}) {
  const { values } = ctx;
  const fromEnv = values[`${flag}-env`] ?? undefined;
  if (values[`${flag}-file`] !== undefined) return secretFromFile(values[`${flag}-file`], what);
  if (fromEnv !== undefined) {
    const value = process.env[fromEnv];
    if (value === undefined) throw new UsageError(`${fromEnv} is not set.`, `export ${fromEnv}=… first, or pass --${flag}-file FILE.`);
    return rememberSecret(value);
  }
  if (values[flag] !== undefined) {
    rememberSecret(values[flag]);
    ctx.out.warn(`--${flag} puts a secret in your shell history and the process list; prefer --${flag}-env VAR or --${flag}-file FILE.`);
    return values[flag];
  }
  if (envDefault && process.env[envDefault]) return rememberSecret(process.env[envDefault]);
  return undefined;
}

/** The app password a command was given (`--app-password-env/-file`, `--generate-password`), or undefined. */
export function appPasswordOf(ctx) {
  const given = readSecret(ctx, 'app-password', { what: 'the app password' });
  if (ctx.values['generate-password']) {
    if (given !== undefined) throw new UsageError('Both an app password and --generate-password were given.', 'Pass one of them.');
    return { password: rememberSecret(generateAppPassword()), generated: true };
  }
  return given === undefined ? undefined : { password: given, generated: false };
}

function serviceAccountOf(ctx) {
  const file = ctx.values['service-account'] ?? process.env.NYLAS_SERVICE_ACCOUNT_FILE;
  if (!file) return undefined;
  let credentials;
  try {
    credentials = JSON.parse(readText(file, 'the service account'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file} is not JSON.`, 'Pass the credentials file Nylas issued for the service account (--service-account FILE).');
  }
  rememberSecret(credentials?.private_key);
  return credentials;
}

/** The API client for this run, built from flags and environment; refuses early what is missing. */
export function clientOf(ctx, { needsServiceAccount = false } = {}) {
  const { values } = ctx;
  const apiKey = readSecret(ctx, 'api-key', { what: 'the API key', envDefault: 'NYLAS_API_KEY' });
  const apiUri = values['api-uri'] || process.env.NYLAS_API_URI || undefined; // an empty variable is unset
  if (!apiKey) {
    throw new UsageError('No API key: NYLAS_API_KEY is not set.',
      'export NYLAS_API_KEY=… (from the Nylas dashboard, API keys), or pass --api-key-file FILE.');
  }
  const serviceAccount = serviceAccountOf(ctx);
  if (needsServiceAccount && !serviceAccount) {
    throw new UsageError('Domain commands need a service account (Manage Domains requests are signed).',
      'Pass --service-account FILE or set NYLAS_SERVICE_ACCOUNT_FILE to the credentials JSON Nylas issued.');
  }
  return new AgentAccounts({ apiKey, apiUri, region: values.region, serviceAccount });
}

/** Where the client sends requests: recorded in a create-many journal so it is not reused elsewhere. */
export function targetOf(ctx) {
  return ctx.values['api-uri'] || process.env.NYLAS_API_URI || `region:${ctx.values.region ?? 'us'}`;
}
