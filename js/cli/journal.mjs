//! The journal of a bulk create: one JSON line per settled row, appended as each settles, next to the
//! CSV. A re-run reads it and skips what is done, so after Ctrl-C, a crash or a lost connection the same
//! command finishes the job. (It saves requests; duplicates are prevented by the client itself:
//! createMany looks addresses up and leaves existing accounts alone.)
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from './errors.mjs';

const FORMAT = 'nylas-agent-accounts create-many journal';
const DONE = new Set(['created', 'existed', 'updated']);

export class Journal {
  /** Opens (or starts) the journal at `path` for requests sent to `target`. */
  constructor(path, target) {
    this.path = path;
    this.done = new Map();
    if (!existsSync(path)) {
      writeFileSync(path, `${JSON.stringify({ format: FORMAT, version: 1, target })}\n`, { mode: 0o600 });
      return;
    }
    const [head, ...lines] = readFileSync(path, 'utf8').split('\n');
    let header;
    try { header = JSON.parse(head); } catch { header = undefined; }
    if (header?.format !== FORMAT) {
      throw new UsageError(`${path} is not a create-many journal.`, 'Move the file away, or pass --journal with another path.');
    }
    // A journal says what exists on one API: reused against another it would skip rows never created there.
    if (header.target !== target) {
      throw new UsageError(`${path} was written for ${header.target}, not ${target}.`,
        'Run against the same API, or pass --journal with another path (or delete this one) to start afresh.');
    }
    for (const line of lines) {
      let entry;
      try { entry = JSON.parse(line); } catch { continue; } // a line cut short by a crash: that row is redone
      if (DONE.has(entry?.status)) this.done.set(entry.key, entry);
    }
  }

  /** The earlier outcome of the address `key`, when it is done. */
  doneEntry(key) { return this.done.get(key); }

  /** Appends one settled row, synchronously: a crash right after still finds it. */
  record(entry) {
    appendFileSync(this.path, `${JSON.stringify({ ...entry, at: new Date().toISOString() })}\n`);
  }
}
