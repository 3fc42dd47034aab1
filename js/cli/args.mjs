//! Finds the command in argv and parses its options with node:util's parseArgs (strict: an unknown
//! option or a missing value is a usage error, exit 2). Global options may come anywhere.
import { parseArgs } from 'node:util';
import { UsageError } from './errors.mjs';
import { GLOBAL_OPTIONS } from './config.mjs';

/**
 * Splits argv into the command words (`account`, `create`) and the rest. Words come first; global
 * options (and their values) may stand before or between them: `--json account list`.
 */
export function splitCommand(argv, tree) {
  const words = [];
  const rest = [];
  let collecting = true;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (collecting && !token.startsWith('-')) {
      const level = words.length === 0 ? tree : tree.get(words[0]);
      if (words.length < 2 && level instanceof Map && level.has(token)) {
        words.push(token);
        continue;
      }
      collecting = false;
    } else if (collecting) {
      const name = token.replace(/^--?/, '').split('=')[0];
      const spec = GLOBAL_OPTIONS[name] ?? Object.values(GLOBAL_OPTIONS).find((s) => s.short === name);
      if (!spec) collecting = false;
      else if (spec.type === 'string' && !token.includes('=') && i + 1 < argv.length) {
        rest.push(token, argv[++i]);
        continue;
      }
    }
    rest.push(token);
  }
  return { words, rest };
}

/** parseArgs options for a command: its own plus the global ones (without the help texts). */
function parseOptionsOf(command) {
  const options = {};
  for (const [name, spec] of Object.entries({ ...GLOBAL_OPTIONS, ...command.options })) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  return options;
}

/** The command's option values and positional arguments, checked against its spec. */
export function parseCommand(command, rest) {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: parseOptionsOf(command), allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message.replace(/\. To specify a positional.*$/s, '.'), `See: nylas-agent-accounts ${command.path} --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { values, positionals };
  const wanted = (command.args ?? '').split(' ').filter(Boolean);
  const required = wanted.filter((a) => !a.startsWith('['));
  const variadic = wanted.some((a) => a.includes('...'));
  if (positionals.length < required.length) {
    throw new UsageError(`Missing ${required.slice(positionals.length).join(' ')}.`, `Usage: nylas-agent-accounts ${command.path} ${command.args}`);
  }
  if (!variadic && positionals.length > wanted.length) {
    throw new UsageError(`Unexpected argument ${JSON.stringify(positionals[wanted.length])}.`, `Usage: nylas-agent-accounts ${command.path} ${command.args ?? ''}`.trim());
  }
  return { values, positionals };
}

/** A whole number option in [min, max], or `fallback` when absent. */
export function intOption(values, name, { min, max, fallback }) {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not ${raw}.`, `Pass --${name} N with ${min} ≤ N ≤ ${max}.`);
  }
  return n;
}
