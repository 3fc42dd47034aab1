#!/usr/bin/env node
//! The `nylas-agent-accounts` command: finds the command, parses its options, runs it, and turns what
//! it throws into one error block and a documented exit code.
import { createRequire } from 'node:module';
import { accountCommands } from './accounts.mjs';
import { createManyCommand } from './create-many.mjs';
import { resourceCommands } from './resources.mjs';
import { domainCommands } from './domains.mjs';
import { checkCommands } from './checks.mjs';
import { splitCommand, parseCommand } from './args.mjs';
import { overview, groupHelp, commandHelp } from './help.mjs';
import { Output } from './output.mjs';
import { EXIT, UsageError, VerdictExit, errorBlock, errorJson, exitCodeOf, redact } from './errors.mjs';

export const COMMANDS = [...accountCommands.slice(0, 1), createManyCommand, ...accountCommands.slice(1),
  ...domainCommands, ...resourceCommands, ...checkCommands];

/** Command words → command: `status` → command, `account` → Map(`create` → command, …). */
function commandTree() {
  const tree = new Map();
  for (const command of COMMANDS) {
    const [first, second] = command.path.split(' ');
    if (second === undefined) tree.set(first, command);
    else (tree.get(first) ?? tree.set(first, new Map()).get(first)).set(second, command);
  }
  return tree;
}

async function run(argv, out) {
  const tree = commandTree();
  const { words, rest } = splitCommand(argv, tree);
  const found = words.reduce((node, word) => node.get(word), tree);
  if (rest.includes('--version') && words.length === 0) {
    return out.line(createRequire(import.meta.url)('nylas-agent-accounts/package.json').version);
  }
  if (words.length === 0) {
    if (rest.length === 0 || rest.includes('--help') || rest.includes('-h')) return out.line(overview(COMMANDS));
    throw new UsageError(`Unknown command ${JSON.stringify(rest.find((t) => !t.startsWith('-')) ?? rest[0])}.`,
      'Run nylas-agent-accounts --help for the list of commands.');
  }
  if (found instanceof Map) {
    const wrong = rest.find((t) => !t.startsWith('-'));
    if (wrong === undefined) return out.line(groupHelp(words[0], COMMANDS));
    throw new UsageError(`Unknown command ${words[0]} ${wrong}.`, `Run nylas-agent-accounts ${words[0]} --help for its commands.`);
  }
  const { values, positionals } = parseCommand(found, rest);
  if (values.help) return out.line(commandHelp(found));
  out.json = Boolean(values.json);
  await found.run({ values, positionals, out });
}

/** Runs the CLI with `argv` and resolves with the exit code. */
export async function main(argv = process.argv.slice(2)) {
  const out = new Output({ json: argv.includes('--json') });
  const debug = argv.includes('--debug');
  try {
    await run(argv, out);
    return EXIT.OK;
  } catch (error) {
    if (!(error instanceof VerdictExit)) {
      if (out.json) out.stderr.write(`${JSON.stringify(errorJson(error))}\n`);
      else out.stderr.write(`${errorBlock(error, { paint: out.paintErr, debug })}\n`);
      if (debug && out.json && error?.stack) out.stderr.write(`${redact(error.stack)}\n`);
    }
    return exitCodeOf(error);
  }
}

// Let stdout drain (a pipe to `head` or `jq`) before the exit code is set.
process.exitCode = await main();
