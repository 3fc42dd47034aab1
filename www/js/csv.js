// A small CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF or LF) for bulk imports. Written by
// hand: the page has no build step, and this is the whole of what the import needs.

/** Rows of fields; blank lines are dropped. */
export function parseCsv(text) {
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

const COLUMNS = { email: 'email', name: 'name', app_password: 'appPassword', apppassword: 'appPassword',
  password: 'appPassword', workspace_id: 'workspaceId', workspaceid: 'workspaceId' };

/**
 * Create requests from CSV text: a header row naming the columns (email, name, app_password,
 * workspace_id) or, without one, email, name, app_password in that order. Fields are passed as typed:
 * the package reports whitespace and other problems per row rather than this reader hiding them.
 */
export function requestsFromCsv(text) {
  const rows = parseCsv(text);
  if (rows.length === 0) return [];
  const header = rows[0].map((name) => COLUMNS[name.trim().toLowerCase().replace(/[\s-]/g, '_')] ?? null);
  const hasHeader = header.includes('email');
  const keys = hasHeader ? header : ['email', 'name', 'appPassword'];
  return rows.slice(hasHeader ? 1 : 0).map((fields) => {
    const request = {};
    keys.forEach((key, i) => { if (key && fields[i] !== undefined && fields[i] !== '') request[key] = fields[i]; });
    request.email ??= '';
    return request;
  });
}
