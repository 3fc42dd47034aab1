//! `account create-many FILE.csv`: client.accounts.createMany over the CSV's rows, with a journal that
//! makes a re-run skip what is done, a progress bar, a per-row result file and a summary.
import { clientOf, readText, targetOf } from './config.mjs';
import { readRows } from './bulk-input.mjs';
import { Journal } from './journal.mjs';
import { progressReporter } from './progress.mjs';
import { EXIT, VerdictExit } from './errors.mjs';
import { failureOf, writeResults, summaryOf, showSummary } from './bulk-report.mjs';

/** `people.csv` → `people` (the journal and results go beside it). */
const baseOf = (file) => file.replace(/\.csv$/i, '');

/** Sorts the rows: done by an earlier run, repeated in the file, or to send now. */
function plan(rows, journal) {
  const results = new Array(rows.length);
  const seen = new Map();
  const toSend = [];
  rows.forEach((row, i) => {
    const earlier = journal.doneEntry(row.key);
    if (seen.has(row.key)) {
      // Two creates of one new address in one batch: the second would replace the first's app password.
      results[i] = { row, status: 'failed', failure: {
        code: 'DUPLICATE_ROW', message: `The address repeats line ${seen.get(row.key)}.`, fix: 'Remove one of the two rows.', apiSide: false } };
    } else if (earlier) {
      results[i] = { row, status: earlier.status, accountId: earlier.id, earlier: true };
    } else {
      toSend.push(i);
    }
    if (!seen.has(row.key)) seen.set(row.key, row.line);
  });
  return { results, toSend };
}

/**
 * Ctrl-C (or SIGTERM) while the import runs: the first aborts the batch (requests in flight end, the
 * rest are not sent, the journal and result file are written); a second one exits at once.
 */
function interruptible(progress) {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(EXIT.INTERRUPTED); // the journal is already on disk
    progress.note('Interrupted: stopping after the requests in flight (Ctrl-C again to quit at once)…');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    release() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** createMany over the rows to send, journaling each as it settles; one result per row sent. */
async function sendRows(ctx, client, rows, toSend, { journal, progress, stop }) {
  const settled = await client.accounts.createMany(toSend.map((i) => rows[i].request), {
    concurrency: ctx.values.concurrency === undefined ? undefined : Number(ctx.values.concurrency),
    onExisting: ctx.values['if-exists'] ?? 'skip',
    signal: stop.signal,
    onProgress: (p) => {
      const row = rows[toSend[p.last.index]];
      // An aborted row was maybe sent, maybe not: left out, so a re-run looks it up again.
      if (p.last.error?.code !== 'ABORTED') {
        journal.record({ line: row.line, key: row.key, status: p.last.status, id: p.last.account?.id, code: p.last.error?.code });
      }
      if (!stop.signal.aborted) progress.update(p); // after Ctrl-C the rest settle as aborted: not progress
    },
  }).catch((error) => {
    if (error?.code !== 'ABORTED') throw error;
    return toSend.map(() => ({ error })); // stopped during the first lookup: nothing was sent
  });
  const counts = countsOf(settled);
  const done = counts.created + counts.existed + counts.updated + counts.failed;
  if (!stop.signal.aborted) progress.finish({ done, total: settled.length, ...counts });
  return settled;
}

async function createMany(ctx) {
  const csv = ctx.positionals[0];
  const base = baseOf(csv);
  const files = { csv, journal: ctx.values.journal ?? `${base}.journal.jsonl`, results: ctx.values.results ?? `${base}.results.csv` };
  const { rows, unknown } = readRows(readText(csv, 'the CSV'), csv);
  if (unknown.length) ctx.out.warn(`ignored columns: ${unknown.join(', ')} (known: email, name, app_password, workspace_id, policy_id)`);
  const client = clientOf(ctx);
  const journal = new Journal(files.journal, targetOf(ctx));
  const { results, toSend } = plan(rows, journal);
  const progress = progressReporter(ctx.out.stderr, ctx.out.paintErr);
  const earlier = results.filter((r) => r?.earlier).length;
  progress.note(`${rows.length} rows: ${earlier} done by an earlier run, ${toSend.length} to send`);

  const stop = interruptible(progress);
  try {
    const settled = await sendRows(ctx, client, rows, toSend, { journal, progress, stop });
    settled.forEach((r, n) => {
      const i = toSend[n];
      if (r.error?.code === 'ABORTED') results[i] = { row: rows[i], status: 'not_run' };
      else results[i] = { row: rows[i], status: r.status, accountId: r.account?.id, failure: r.error && failureOf(r.error) };
    });
  } finally {
    stop.release();
  }
  const interrupted = stop.signal.aborted;
  writeResults(files.results, results);
  const summary = summaryOf(results, files, interrupted);
  ctx.out.result(summary, () => showSummary(ctx.out, summary));
  if (interrupted) throw new VerdictExit(EXIT.INTERRUPTED);
  const failures = results.filter((r) => r.status === 'failed');
  if (failures.length) throw new VerdictExit(failures.some((r) => r.failure.apiSide) ? EXIT.API : EXIT.VALIDATION);
}

function countsOf(settled) {
  const c = { created: 0, existed: 0, updated: 0, failed: 0 };
  for (const r of settled) if (r.error?.code !== 'ABORTED') c[r.status] += 1;
  return c;
}

export const createManyCommand = {
  path: 'account create-many', args: 'FILE.csv', run: createMany,
  summary: 'create accounts from a CSV; re-runs skip what is done',
  options: {
    concurrency: { type: 'string', value: 'N', help: 'requests in flight, 1-64 (default 8)' },
    'if-exists': { type: 'string', value: 'skip|update|error', help: 'an address that has an account: leave it (default), apply the row, or fail the row' },
    journal: { type: 'string', value: 'FILE', help: 'journal path (default FILE.journal.jsonl beside the CSV)' },
    results: { type: 'string', value: 'FILE', help: 'result file (default FILE.results.csv beside the CSV)' },
  },
  example: 'nylas-agent-accounts account create-many agents.csv --concurrency 8',
  more: 'The CSV has a header row; columns: email (required), name, app_password, workspace_id, policy_id.\n'
    + 'Ctrl-C stops after the requests in flight; the same command again finishes the job.',
};
