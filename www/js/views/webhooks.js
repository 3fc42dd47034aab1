// Webhooks (where Nylas sends notifications) and the status of the `nylas` connector.
import { h, field, heading, busy, fill, copy, statusLine } from '../ui.js';
import { collect, listSection, createForm, ok } from './resource.js';

const TRIGGERS = ['message.created', 'message.updated', 'grant.created', 'grant.deleted', 'message.bounced', 'message.delivered'];

export async function webhooksView(container, { client }) {
  const list = listSection('Webhooks', ['Address', 'Triggers', 'Status', 'Description'], () => collect(client.webhooks.list()),
    (w) => [w.webhookUrl, w.triggerTypes.join(', '), w.status, w.description ?? '']);
  // This page's own server answers the challenge at /webhook, so a webhook made here works locally.
  const url = h('input', { type: 'url', required: true, value: new URL('/webhook', location.href).href, spellcheck: 'false' });
  const description = h('input', { autocomplete: 'off' });
  const boxes = TRIGGERS.map((t) => h('input', { type: 'checkbox', id: `trigger-${t.replaceAll('.', '-')}`, value: t, checked: t === 'message.created' }));
  const triggers = h('fieldset', { class: 'field' }, h('legend', { text: 'Triggers' }),
    boxes.map((box) => h('div', { class: 'check' }, box, h('label', { for: box.id, text: box.value }))));
  const status = statusLine();
  const form = createForm('Create webhook', [field('Address', url, 'Nylas checks it answers GET ?challenge= first.'), field('Description (optional)', description), triggers],
    () => client.webhooks.create({ webhookUrl: url.value, description: description.value || undefined,
      triggerTypes: boxes.filter((b) => b.checked).map((b) => b.value) }),
    async (w, out) => {
      // The signing secret is shown once by Nylas: it goes to the clipboard on request, never into the page.
      const secret = w.webhookSecret;
      fill(out, ok(`Created the webhook to ${w.webhookUrl}. Its signing secret is shown only now: copy it to your server's settings.`),
        h('button', { type: 'button', text: 'Copy the signing secret', onclick: () => copy(secret, status, 'the signing secret') }), status);
      await list.reload();
    });
  container.append(heading('Webhooks'), list.node, form);
  await list.reload();
}

export async function connectorView(container, { client }) {
  const facts = h('dl', { class: 'facts' });
  const out = h('div');
  const show = async () => {
    const s = await client.connector.status();
    fill(facts, h('dt', { text: 'Connector' }), h('dd', { 'data-fact': 'connector', text: s.connectorConfigured ? 'Configured (provider nylas)' : 'Missing: accounts can’t be created' }),
      h('dt', { text: 'Agent accounts' }), h('dd', { 'data-fact': 'accounts', text: String(s.accountCount) }));
  };
  const ensure = h('button', { type: 'button', text: 'Make sure the connector exists' });
  ensure.addEventListener('click', () => busy(ensure, out, async () => { await client.connector.ensure(); await show(); out.replaceChildren(ok('The connector exists.')); }));
  container.append(heading('Connector status'), facts, ensure, out);
  await show();
}
