// A small CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a leading BOM) for bulk
// imports. Written by hand: the command line's csv-parse weighs 23 KB gzip in its browser build (a Buffer
// polyfill included), against 1 KB for this, which is the whole of what the import needs. The header names
// are the package's `csvColumn`, which the command line uses too, so one CSV file works in both.
import { csvColumn } from './nylas.js';

/** Rows of fields; blank lines are dropped. */
export function parseCsv(input) {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows = [];
  let row = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { value += '"'; i++; } else if (c === '"') quoted = false; else value += c;
    } else if (c === '"' && value === '') quoted = true;
    else if (c === ',') { row.push(value); value = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += c;
  }
  if (value !== '' || row.length) { row.push(value); rows.push(row); }
  return rows.filter((r) => r.some((field) => field !== ''));
}

/**
 * Create requests from CSV text: a header row naming the columns (email, name, app_password,
 * workspace_id, policy_id) or, without one, email, name, app_password in that order. Fields are passed as typed:
 * the package reports whitespace and other problems per row rather than this reader hiding them.
 */
export function requestsFromCsv(text) {
  const rows = parseCsv(text);
  if (rows.length === 0) return [];
  const header = rows[0].map(csvColumn);
  const hasHeader = header.includes('email');
  const keys = hasHeader ? header : ['email', 'name', 'appPassword'];
  return rows.slice(hasHeader ? 1 : 0).map((fields) => {
    const request = {};
    keys.forEach((key, i) => { if (key && fields[i] !== undefined && fields[i] !== '') request[key] = fields[i]; });
    request.email ??= '';
    return request;
  });
}
