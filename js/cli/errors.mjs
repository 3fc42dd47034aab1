//! How the CLI ends: exit codes, its own usage errors, and the one block an error is printed as.
//! The package's errors already carry `code`, `message`, `fix` and `problems`; this file only lays them out.

/** Documented exit codes (README "Command line", `--help`). */
export const EXIT = Object.freeze({ OK: 0, API: 1, USAGE: 2, VALIDATION: 3, INTERRUPTED: 130 });

/** A mistake in how the command was called: unknown option, missing argument, missing configuration. */
export class UsageError extends Error {
  constructor(message, fix) {
    super(message);
    this.name = 'UsageError';
    this.code = 'USAGE';
    this.fix = fix;
  }
}

/** A command that ran but whose answer is "no" (an invalid address, a bad signature): exit 3, no block. */
export class VerdictExit extends Error {
  constructor(code = EXIT.VALIDATION) {
    super('verdict');
    this.exitCode = code;
  }
}

/** Which exit code an error ends the process with. */
export function exitCodeOf(error) {
  if (error instanceof VerdictExit) return error.exitCode;
  if (error instanceof UsageError) return EXIT.USAGE;
  switch (error?.name) {
    case 'ValidationError': return EXIT.VALIDATION;
    case 'AbortError': return EXIT.INTERRUPTED;
    default: return EXIT.API;
  }
}

// Values the process knows to be secret (the API key, app passwords read from files or the environment,
// the service account's key). The package never puts them in an error; this is a second fence for what
// the CLI itself prints.
const secrets = new Set();

/** Remembers a secret so that nothing the CLI prints can contain it. */
export function rememberSecret(value) {
  if (typeof value === 'string' && value.length >= 4) secrets.add(value);
  return value;
}

/** `text` with every remembered secret replaced. */
export function redact(text) {
  let out = String(text);
  for (const secret of secrets) out = out.split(secret).join('[redacted]');
  return out;
}

/** The error as plain data, for `--json`. */
export function errorJson(error) {
  const { name, code, message, fix, problems, status, type, requestId, retryAfter } = error;
  const json = { name, code, message, fix, status, type, requestId, retryAfter };
  if (Array.isArray(problems) && problems.length) json.problems = problems;
  for (const key of Object.keys(json)) if (json[key] === undefined || json[key] === null) delete json[key];
  return JSON.parse(redact(JSON.stringify({ error: json })));
}

/** The human block: message and code, each problem with its fix, the error's fix, the request id. */
export function errorBlock(error, { paint, debug }) {
  // With problems, the message only repeats the first one ("… (and 2 more problems)"): the list says it all.
  const count = error.problems?.length ?? 0;
  const headline = count > 1 ? `${count} problems` : count === 1 ? 'one problem' : error.message ?? String(error);
  const lines = [`${paint.red('error')}: ${headline}${error.code ? paint.dim(` [${error.code}]`) : ''}`];
  for (const problem of error.problems ?? []) {
    lines.push(`  - ${problem.field ? `${problem.field}: ` : ''}${problem.message} ${paint.dim(`[${problem.code}]`)}`);
    if (problem.fix) lines.push(`    ${paint.bold('fix')}: ${problem.fix}`);
  }
  const fix = error.fix ?? defaultFix(error);
  if (fix) lines.push(`  ${paint.bold('fix')}: ${fix}`);
  if (error.requestId) lines.push(paint.dim(`  request id: ${error.requestId}`));
  if (debug && error.stack) lines.push(paint.dim(error.stack));
  else if (!error?.code) { // not one of the package's errors nor a usage error: a bug, worth its stack
    lines.push(paint.dim('  (run again with --debug for the stack trace)'));
  }
  return redact(lines.join('\n'));
}

// Errors whose class has no `fix` field: what to check is about the CLI's own configuration (which
// address it calls), so the hint lives here. Said in the report: a library-level `fix` would be better.
export function defaultFix(error) {
  switch (error?.name) {
    case 'NetworkError': return 'Check the connection and the API address (--api-uri / NYLAS_API_URI, --region); then run the command again.';
    case 'TimeoutError': return 'The API did not answer in time; run the command again (a re-run never duplicates an account).';
    default: return undefined;
  }
}
