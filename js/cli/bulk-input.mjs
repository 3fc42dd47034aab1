//! Reads the CSV of `account create-many` (csv-parse, bundled into the shipped CLI) into create
//! requests with their line numbers. Values are passed on untouched: the package checks and reports
//! them (an address is never trimmed silently), so a bad cell becomes a failed row, not a crash.
import { parse } from 'csv-parse/sync';
import { csvColumn, validateEmail } from 'nylas-agent-accounts';
import { UsageError } from './errors.mjs';

/** The rows of `text`: `{ line, request, key }`, plus the header names that were not understood. */
export function readRows(text, file) {
  let records;
  try {
    records = parse(text, { bom: true, columns: true, skip_empty_lines: true, info: true });
  } catch (error) {
    throw new UsageError(`${file}: ${error.message}`, 'Fix the CSV: a header row (email,name,app_password,…), then one account per line.');
  }
  const headers = records.length ? Object.keys(records[0].record) : headerOf(text);
  const fields = headers.map(csvColumn);
  if (!fields.includes('email')) {
    throw new UsageError(`${file} has no email column (headers: ${headers.join(', ') || 'none'}).`,
      'Start the file with a header row such as: email,name,app_password,workspace_id,policy_id');
  }
  const rows = records.map(({ record, info }) => {
    const request = {};
    headers.forEach((header, i) => {
      const value = record[header];
      // An empty cell means "not given", as a missing column does.
      if (fields[i] && value !== '' && value !== undefined) request[fields[i]] = value;
    });
    return { line: info.lines, request, key: keyOf(request.email) };
  });
  return { rows, unknown: headers.filter((_, i) => !fields[i]) };
}

function headerOf(text) {
  try {
    return parse(text, { bom: true, to_line: 1 })[0] ?? [];
  } catch {
    return [];
  }
}

// Two rows are the same account when their addresses normalise alike, case aside (as the client's
// own lookup compares them). An invalid address keys by its text: its row fails on its own.
function keyOf(email) {
  const check = validateEmail(email ?? '');
  return (check.valid ? check.address : String(email ?? '')).toLowerCase();
}
