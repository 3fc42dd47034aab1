//! The --help texts, all made from the command table, so a command can't exist without its help and
//! example. The README's "Command line" section is this output (a test checks they agree).
import { GLOBAL_OPTIONS } from './config.mjs';

const BIN = 'nylas-agent-accounts';

const optionLine = (name, spec) => [`--${name}${spec.short ? `, -${spec.short}` : ''}${spec.value ? ` ${spec.value}` : ''}`, spec.help];

function columns(pairs, indent = '  ') {
  const width = Math.min(34, Math.max(...pairs.map(([left]) => left.length)));
  return pairs.map(([left, right]) => (left.length > width
    ? `${indent}${left}\n${indent}${' '.repeat(width)}  ${right}` : `${indent}${left.padEnd(width)}  ${right}`)).join('\n');
}

const globalLines = () => columns(Object.entries(GLOBAL_OPTIONS).filter(([, s]) => !s.hidden).map(([n, s]) => optionLine(n, s)));

export const EXIT_CODES = `Exit codes:
  0    done
  1    the API or the network failed (or a prompt was declined)
  2    usage: unknown command or option, missing argument or configuration
  3    validation: a local check failed, a check command said no, or a domain is not ready
  130  interrupted (Ctrl-C); a create-many re-run finishes the job`;

/** `nylas-agent-accounts --help`: every command with its summary. */
export function overview(commands) {
  const list = columns(commands.map((c) => [`${c.path}${c.args ? ` ${c.args}` : ''}`, c.summary]));
  return `${BIN}: provision Nylas Agent Accounts from the shell (mirrors \`nylas agent …\`).

Usage: ${BIN} COMMAND [options]

Commands:
${list}

Options of every command:
${globalLines()}

Configuration (secrets from the environment or a file, never a flag):
  NYLAS_API_KEY               the API key (or --api-key-file FILE)
  NYLAS_API_URI               API address, e.g. the local emulator (or --api-uri)
  NYLAS_SERVICE_ACCOUNT_FILE  service-account JSON for domain commands (or --service-account)
  NO_COLOR                    no colour; output that is not a terminal has none either

${EXIT_CODES}

Run \`${BIN} COMMAND --help\` for a command's options and an example.`;
}

/** `nylas-agent-accounts account --help`: the commands of one group. */
export function groupHelp(group, commands) {
  const mine = commands.filter((c) => c.path.split(' ')[0] === group);
  return `Usage: ${BIN} ${group} COMMAND [options]

${columns(mine.map((c) => [`${c.path}${c.args ? ` ${c.args}` : ''}`, c.summary]))}

Run \`${BIN} ${group} COMMAND --help\` for a command's options and an example.`;
}

/** `nylas-agent-accounts account create --help`. */
export function commandHelp(command) {
  const own = Object.entries(command.options ?? {}).filter(([, s]) => !s.hidden);
  return [
    `Usage: ${BIN} ${command.path}${command.args ? ` ${command.args}` : ''} [options]`,
    '',
    `${command.summary[0].toUpperCase()}${command.summary.slice(1)}.`,
    ...(command.more ? ['', command.more] : []),
    ...(own.length ? ['', 'Options:', columns(own.map(([n, s]) => optionLine(n, s)))] : []),
    '',
    'Options of every command:',
    globalLines(),
    '',
    'Example:',
    `  ${command.example}`,
  ].join('\n');
}
