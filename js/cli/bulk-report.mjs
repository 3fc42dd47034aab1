//! What a bulk create leaves behind: the per-row result file (every row of the CSV, written whole) and
//! the summary (counts, the failed rows and why), for people or as JSON.
import { renameSync, writeFileSync } from 'node:fs';
import { defaultFix, redact } from './errors.mjs';

/** A failed row's error as the result file and the summary show it. */
export function failureOf(error) {
  const problems = error?.problems ?? [];
  return {
    code: problems.length ? problems.map((p) => p.code).join(' ') : error?.code ?? 'ERROR',
    message: redact(problems.length ? problems.map((p) => p.message).join(' ') : error?.message ?? String(error)),
    fix: redact(error?.fix ?? (problems.length ? problems.map((p) => p.fix).join(' ') : defaultFix(error) ?? '')),
    apiSide: ['ApiError', 'NetworkError', 'TimeoutError'].includes(error?.name),
  };
}

const csvCell = (value) => {
  const text = value == null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Writes the result file whole, through a temporary file: never half-written. */
export function writeResults(path, results) {
  const lines = ['line,email,status,account_id,error_code,error,fix,by'];
  for (const r of results) {
    const status = r.status;
    lines.push([r.row.line, r.row.request.email, status, r.accountId, r.failure?.code, r.failure?.message, r.failure?.fix,
      r.earlier ? 'earlier run' : r.status === 'not_run' ? '' : 'this run'].map(csvCell).join(','));
  }
  writeFileSync(`${path}.tmp`, `${lines.join('\n')}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

export function summaryOf(results, files, interrupted) {
  const count = (status) => results.filter((r) => r.status === status).length;
  return {
    file: files.csv, results: files.results, journal: files.journal, rows: results.length,
    created: count('created'), existed: count('existed'), updated: count('updated'), failed: count('failed'),
    notRun: count('not_run'), skipped: results.filter((r) => r.earlier).length, interrupted,
    failedRows: results.filter((r) => r.status === 'failed')
      .map((r) => ({ line: r.row.line, email: r.row.request.email ?? '', code: r.failure.code, message: r.failure.message, fix: r.failure.fix })),
  };
}

export function showSummary(out, s) {
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

