// Rules (what happens to inbound or outbound mail that matches) and lists (domains, TLDs or addresses
// that rules match with `in_list`).
import { h, field, heading, select } from '../ui.js';
import { collect, listSection, createForm, ok } from './resource.js';

const FIELDS = ['from.address', 'from.domain', 'from.tld', 'recipient.address', 'recipient.domain', 'recipient.tld'];
const ACTIONS = ['block', 'mark_as_spam', 'mark_as_read', 'mark_as_starred', 'archive', 'trash'];

export async function rulesView(container, { client }) {
  const listName = new Map((await collect(client.lists.list())).map((l) => [l.id, l.name]));
  const shown = (value) => (Array.isArray(value) ? value.map((id) => listName.get(id) ?? id).join(', ') : value);
  const list = listSection('Rules', ['Name', 'Trigger', 'Priority', 'Enabled', 'Conditions', 'Actions'], () => collect(client.rules.list()),
    (r) => [r.name, r.trigger, r.priority, r.enabled ? 'Yes' : 'No',
      r.match.conditions.map((c) => `${c.field} ${c.operator.replace('_', ' ')} ${shown(c.value)}`).join('; '),
      r.actions.map((a) => a.type).join(', ')]);
  const name = h('input', { required: true, autocomplete: 'off' });
  const trigger = select([['inbound', 'Inbound'], ['outbound', 'Outbound']], 'inbound');
  const on = select(FIELDS.map((f) => [f, f]), 'from.domain');
  const operator = select([['is', 'is'], ['is_not', 'is not'], ['contains', 'contains']], 'is');
  const value = h('input', { required: true, autocomplete: 'off', spellcheck: 'false', placeholder: 'spam.example' });
  const action = select(ACTIONS.map((a) => [a, a.replaceAll('_', ' ')]), 'block');
  const form = createForm('Create rule', [field('Name', name), field('Trigger', trigger), field('Field', on), field('Operator', operator),
    field('Value', value), field('Action', action)],
  () => client.rules.create({ name: name.value, trigger: trigger.value,
    match: { conditions: [{ field: on.value, operator: operator.value, value: value.value }] }, actions: [{ type: action.value }] }),
  async (r, out) => { out.replaceChildren(ok(`Created rule ${r.name}.`)); await list.reload(); });
  container.append(heading('Rules'), list.node, form);
  await list.reload();
}

export async function listsView(container, { client }) {
  const list = listSection('Lists', ['Name', 'Type', 'Items', 'Id'], () => collect(client.lists.list()),
    (l) => [l.name, l.type, l.itemsCount ?? 0, l.id]);
  const name = h('input', { required: true, autocomplete: 'off' });
  const type = select([['domain', 'Domains'], ['tld', 'Top-level domains'], ['address', 'Addresses']], 'domain');
  const items = h('textarea', { rows: '3', spellcheck: 'false', placeholder: 'one per line' });
  const form = createForm('Create list', [field('Name', name), field('Type', type), field('Items (optional, one per line)', items)],
    async () => {
      const created = await client.lists.create({ name: name.value, type: type.value });
      const values = items.value.split('\n').map((v) => v.trim()).filter(Boolean);
      return values.length ? client.lists.items.add(created.id, values) : created;
    },
    async (l, out) => { out.replaceChildren(ok(`Created list ${l.name}.`)); await list.reload(); });
  container.append(heading('Lists'), list.node, form);
  await list.reload();
}
