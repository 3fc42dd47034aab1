// Workspaces (accounts grouped by domain, with a policy and rules) and policies (limits, spam detection).
import { h, field, heading, select } from '../ui.js';
import { collect, listSection, createForm, ok } from './resource.js';

export async function workspacesView(container, { client }) {
  const policies = await collect(client.policies.list());
  const policyName = new Map(policies.map((p) => [p.id, p.name]));
  const list = listSection('Workspaces', ['Name', 'Domain', 'Auto-group', 'Policy', 'Rules'], () => collect(client.workspaces.list()),
    (w) => [`${w.name}${w.default && !/default/i.test(w.name) ? ' (default)' : ''}`, w.domain ?? '', w.autoGroup ? 'Yes' : 'No',
      policyName.get(w.policyId) ?? '', String(w.ruleIds?.length ?? 0)]);
  const name = h('input', { required: true, autocomplete: 'off' });
  const domain = h('input', { required: true, autocomplete: 'off', spellcheck: 'false', placeholder: 'acme.nylas.email' });
  const autoGroup = h('input', { type: 'checkbox', checked: true, id: 'ws-auto' });
  const policy = select([['', 'No policy'], ...policies.map((p) => [p.id, p.name])], '');
  const form = createForm('Create workspace', [field('Name', name), field('Domain', domain, 'The registered domain whose accounts it groups; it cannot change later.'),
    h('div', { class: 'field check' }, autoGroup, h('label', { for: autoGroup.id, text: 'New accounts on the domain join it' })),
    field('Policy', policy)],
  () => client.workspaces.create({ name: name.value, domain: domain.value, autoGroup: autoGroup.checked, policyId: policy.value || undefined }),
  async (w, out) => { out.replaceChildren(ok(`Created workspace ${w.name}.`)); await list.reload(); });
  container.append(heading('Workspaces'), list.node, form);
  await list.reload();
}

export async function policiesView(container, { client }) {
  const list = listSection('Policies', ['Name', 'Id', 'Daily sent limit', 'Spam sensitivity'], () => collect(client.policies.list()),
    (p) => [p.name, p.id, p.limits?.limitCountDailyEmailSent ?? 'plan maximum', p.spamDetection?.spamSensitivity ?? '']);
  const name = h('input', { required: true, autocomplete: 'off' });
  const daily = h('input', { type: 'number', min: '1', inputmode: 'numeric' });
  const form = createForm('Create policy', [field('Name', name), field('Emails sent per day (optional)', daily, 'Empty: the plan’s maximum.')],
    () => client.policies.create({ name: name.value, ...(daily.value ? { limits: { limitCountDailyEmailSent: Number(daily.value) } } : {}) }),
    async (p, out) => { out.replaceChildren(ok(`Created policy ${p.name}.`)); await list.reload(); });
  container.append(heading('Policies'), list.node, form);
  await list.reload();
}
