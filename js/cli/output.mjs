//! Where the CLI writes: results on stdout (JSON with --json, text otherwise), warnings, progress and
//! errors on stderr. Colour only on a terminal and never when NO_COLOR is set (https://no-color.org).
import { redact } from './errors.mjs';

const codes = { red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], bold: [1, 22] };

/** Colour functions for a stream: identity functions when colour is off. */
export function painter(stream, env = process.env) {
  const on = Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
  const paint = {};
  for (const [name, [open, close]] of Object.entries(codes)) {
    paint[name] = on ? (text) => `\x1b[${open}m${text}\x1b[${close}m` : (text) => String(text);
  }
  return paint;
}

/** The output of one command run. */
export class Output {
  constructor({ json = false, stdout = process.stdout, stderr = process.stderr } = {}) {
    this.json = json;
    this.stdout = stdout;
    this.stderr = stderr;
    this.paint = painter(stdout);
    this.paintErr = painter(stderr);
  }

  /** One result: `data` as JSON with --json, otherwise whatever `human` prints. */
  result(data, human) {
    if (this.json) this.line(JSON.stringify(data ?? null, null, 2));
    else human?.(data);
  }

  // Results are not redacted: they come from the API, which never sends a secret back, and the one secret
  // a result holds on purpose is a generated app password, shown once.
  line(text = '') { this.stdout.write(`${text}\n`); }

  warn(text) { this.stderr.write(`${this.paintErr.yellow('warning')}: ${redact(text)}\n`); }

  note(text) { this.stderr.write(`${redact(text)}\n`); }

  /** Rows of strings under a header, in aligned columns. */
  table(header, rows) {
    if (rows.length === 0) return;
    const cells = [header, ...rows].map((row) => row.map((cell) => (cell == null ? '' : String(cell))));
    const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
    const format = (row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ');
    this.line(this.paint.bold(format(cells[0])));
    for (const row of cells.slice(1)) this.line(format(row));
  }

  /** `label: value` lines for one object's chosen fields. */
  fields(pairs) {
    const width = Math.max(...pairs.map(([label]) => label.length));
    for (const [label, value] of pairs) {
      if (value === undefined) continue;
      const shown = value === null ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);
      this.line(`${this.paint.dim(`${label.padEnd(width)}`)}  ${shown}`);
    }
  }
}

/** Unix seconds as an ISO date, or undefined. */
export const when = (seconds) => (Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString().replace('.000Z', 'Z') : undefined);
