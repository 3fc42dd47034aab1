//! `account create-many FILE.csv`: client.accounts.createMany over the CSV's rows, with a journal that
//! makes a re-run skip what is done, a progress bar, a per-row result file and a summary.
import { renameSync, writeFileSync } from 'node:fs';
import { clientOf, readText, targetOf } from './config.mjs';
import { readRows } from './bulk-input.mjs';
import { Journal } from './journal.mjs';
import { progressReporter } from './progress.mjs';
import { EXIT, VerdictExit, redact } from './errors.mjs';

/** `people.csv` → `people` (the journal and results go beside it). */
const baseOf = (file) => file.replace(/\.csv$/i, '');

/** A failed row's error as the result file and the summary show it. */
function failureOf(error) {
  const problems = error?.problems ?? [];
  return {
    code: problems.length ? problems.map((p) => p.code).join(' ') : error?.code ?? 'ERROR',
    message: redact(problems.length ? problems.map((p) => p.message).join(' ') : error?.message ?? String(error)),
    fix: redact(error?.fix ?? problems.map((p) => p.fix).join(' ')),
    apiSide: ['ApiError', 'NetworkError', 'TimeoutError'].includes(error?.name),
  };
}

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

const csvCell = (value) => {
  const text = value == null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Writes the result file whole, through a temporary file: never half-written. */
function writeResults(path, results) {
  const lines = ['line,email,status,account_id,error_code,error,fix,by'];
  for (const r of results) {
    const status = r.status;
    lines.push([r.row.line, r.row.request.email, status, r.accountId, r.failure?.code, r.failure?.message, r.failure?.fix,
      r.earlier ? 'earlier run' : r.status === 'not_run' ? '' : 'this run'].map(csvCell).join(','));
  }
  writeFileSync(`${path}.tmp`, `${lines.join('\n')}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

function summaryOf(results, files, interrupted) {
  const count = (status) => results.filter((r) => r.status === status).length;
  return {
    file: files.csv, results: files.results, journal: files.journal, rows: results.length,
    created: count('created'), existed: count('existed'), updated: count('updated'), failed: count('failed'),
    notRun: count('not_run'), skipped: results.filter((r) => r.earlier).length, interrupted,
    failedRows: results.filter((r) => r.status === 'failed')
      .map((r) => ({ line: r.row.line, email: r.row.request.email ?? '', code: r.failure.code, message: r.failure.message, fix: r.failure.fix })),
  };
}

function showSummary(out, s) {
  const { paint } = out;
  out.line(`${paint.bold(s.file)}: ${s.rows} rows  created ${s.created}  existed ${s.existed}${s.updated ? `  updated ${s.updated}` : ''}  `
    + `${s.failed ? paint.red(`failed ${s.failed}`) : 'failed 0'}${s.notRun ? `  not run ${s.notRun}` : ''}`);
  if (s.skipped) out.line(paint.dim(`  ${s.skipped} done by an earlier run (journal): skipped, no request`));
  for (const f of s.failedRows.slice(0, 20)) {
    out.line(`  line ${f.line}  ${f.email}  ${f.message} ${paint.dim(`[${f.code}]`)}`);
    if (f.fix) out.line(`      ${paint.bold('fix')}: ${f.fix}`);
  }
  if (s.failedRows.length > 20) out.line(`  … and ${s.failedRows.length - 20} more failed rows in ${s.results}`);
  out.line(paint.dim(`  results: ${s.results}   journal: ${s.journal}`));
  if (s.interrupted) out.line(paint.yellow(`Interrupted: run the same command again to finish (nothing is created twice).`));
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

  const controller = new AbortController();
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(EXIT.INTERRUPTED); // a second Ctrl-C: stop now; the journal is already on disk
    interrupted = true;
    progress.note('Interrupted: stopping after the requests in flight (Ctrl-C again to quit at once)…');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const settled = await client.accounts.createMany(toSend.map((i) => rows[i].request), {
      concurrency: ctx.values.concurrency === undefined ? undefined : Number(ctx.values.concurrency),
      onExisting: ctx.values['if-exists'] ?? 'skip',
      signal: controller.signal,
      onProgress: (p) => {
        const row = rows[toSend[p.last.index]];
        if (p.last.error?.code !== 'ABORTED') {
          journal.record({ line: row.line, key: row.key, status: p.last.status, id: p.last.account?.id, code: p.last.error?.code });
        }
        if (!interrupted) progress.update(p); // after Ctrl-C the rest settle as aborted: not progress
      },
    }).catch((error) => {
      // Stopped during the first lookup: nothing was sent.
      if (error?.code !== 'ABORTED') throw error;
      return toSend.map(() => ({ error }));
    });
    const counts = countsOf(settled);
    const done = counts.created + counts.existed + counts.updated + counts.failed;
    if (!interrupted) progress.finish({ done, total: settled.length, ...counts });
    settled.forEach((r, n) => {
      const i = toSend[n];
      if (r.error?.code === 'ABORTED') results[i] = { row: rows[i], status: 'not_run' };
      else results[i] = { row: rows[i], status: r.status, accountId: r.account?.id, failure: r.error && failureOf(r.error) };
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
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
