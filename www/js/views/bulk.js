// Bulk create from a pasted or uploaded CSV: client.accounts.createMany with a progress bar and one
// result per row. Existing accounts are reported and left unchanged (createMany's default).
import { h, fill, field, heading, table, errorBox, busy } from '../ui.js';
import { requestsFromCsv } from '../csv.js';

const LABELS = { created: 'Created', existed: 'Already existed (unchanged)', updated: 'Updated', failed: 'Failed' };

export async function bulkView(container, { client }) {
  const text = h('textarea', { rows: '8', spellcheck: 'false', placeholder: 'email,name,app_password\nsupport@acme.nylas.email,Support,' });
  const file = h('input', { type: 'file', accept: '.csv,text/csv' });
  const submit = h('button', { type: 'submit', text: 'Create accounts' });
  const progress = h('progress', { id: 'bulk-progress', max: '1', value: '0' });
  const counts = h('p', { class: 'status', role: 'status', id: 'bulk-counts' });
  const results = h('div');
  const out = h('div');
  file.addEventListener('change', async () => {
    if (file.files?.[0]) text.value = await file.files[0].text();
  });
  const form = h('form', { class: 'card' },
    field('CSV rows', text, 'A header row naming email, name, app_password, workspace_id, policy_id (as the command line reads them); or rows of email,name,app_password.'),
    field('…or upload a CSV file', file),
    submit, out,
    h('div', { class: 'field' }, h('label', { for: progress.id, text: 'Progress' }), progress), counts);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const requests = requestsFromCsv(text.value);
    if (requests.length === 0) {
      fill(out, errorBox({ message: 'No rows to import.', fix: 'Paste CSV rows or choose a file.' }));
      return;
    }
    progress.max = requests.length;
    progress.value = 0;
    fill(results);
    counts.textContent = `0 of ${requests.length} done.`;
    const settled = await busy(submit, out, () => client.accounts.createMany(requests, {
      onProgress: (p) => {
        progress.value = p.done;
        counts.textContent = `${p.done} of ${p.total} done: ${p.created} created, ${p.existed} already existed, ${p.failed} failed.`;
      },
    }));
    if (settled) fill(results, resultTable(settled));
  });
  container.append(heading('Import accounts from CSV'), h('p', {}, h('a', { href: '#/accounts', text: '← All accounts' })), form, results);
}

function resultTable(settled) {
  return table('Result per row', ['Row', 'Address', 'Result', 'Details'], settled.map((r) =>
    h('tr', { 'data-status': r.status },
      h('td', { text: String(r.index + 1) }), h('td', { text: r.email }),
      h('td', { class: r.status === 'failed' ? 'warn' : 'ok', text: LABELS[r.status] ?? r.status }),
      h('td', {}, r.status === 'failed'
        ? (r.error.problems?.length
          ? r.error.problems.map((p) => h('p', {}, h('span', { text: p.message }), h('span', { class: 'fix', text: ` Fix: ${p.fix}` })))
          : h('p', {}, h('span', { text: r.error.message }), r.error.fix ? h('span', { class: 'fix', text: ` Fix: ${r.error.fix}` }) : null))
        : h('a', { href: `#/accounts/${encodeURIComponent(r.account.id)}`, text: 'Open', 'aria-label': `Open ${r.email}` })))));
}
