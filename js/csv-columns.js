// The one header mapping of bulk-import CSV files, shared by the command line (js/cli/bulk-input.mjs)
// and the admin page (www/js/csv.js) so that one file works in both.

// Header names people write, folded (lowercase, letters and digits only) → the request field.
const COLUMNS = Object.freeze({
  email: 'email', emailaddress: 'email', address: 'email',
  name: 'name', displayname: 'name',
  apppassword: 'appPassword', password: 'appPassword',
  workspace: 'workspaceId', workspaceid: 'workspaceId',
  policy: 'policyId', policyid: 'policyId',
});

export function csvColumn(header) {
  const folded = String(header).toLowerCase().replace(/[^a-z0-9]/g, '');
  return Object.hasOwn(COLUMNS, folded) ? COLUMNS[folded] : null;
}
