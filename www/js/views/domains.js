// Domains: register a trial (*.nylas.email) or own domain, then publish and verify its DNS records.
import { validateEmail } from '../nylas.js';
import { h, fill, field, heading, table, errorBox, problemList, busy, statusLine, copy, download, select } from '../ui.js';
import { registeredDomains, forgetDomains } from '../domains-cache.js';

const TRIAL_SUFFIX = '.nylas.email';
const CHECK_LABELS = { ownership: 'Ownership', mx: 'MX', spf: 'SPF', dkim: 'DKIM', feedback: 'Feedback (bounces)' };

export async function domainsView(container, { client }) {
  const listArea = h('section');
  const detail = h('section', { class: 'detail', 'aria-live': 'polite' });
  const refresh = async (openId) => {
    const domains = await registeredDomains(client, { fresh: true });
    fill(listArea, domainTable(domains, (d) => openDomain(d.id)));
    if (openId) await openDomain(openId);
  };
  const openDomain = async (id) => {
    fill(detail, h('p', { text: 'Loading records…' }));
    try {
      fill(detail, await domainDetail(client, id, () => refresh(id)));
      detail.querySelector('h2')?.focus();
    } catch (error) {
      fill(detail, errorBox(error));
    }
  };
  container.append(heading('Domains'), registerForm(client, (domain) => refresh(domain.id)), listArea, detail);
  try {
    await refresh();
  } catch (error) {
    listArea.append(errorBox(error));
  }
}

function registerForm(client, onCreated) {
  const kind = select([['trial', `Trial (*${TRIAL_SUFFIX}, no DNS needed)`], ['own', 'Own domain (DNS records to publish)']], 'trial');
  const address = h('input', { name: 'domain', autocomplete: 'off', spellcheck: 'false', required: true, placeholder: 'acme' });
  const name = h('input', { name: 'name', autocomplete: 'off', required: true, placeholder: 'Acme agents' });
  // Manage Domains has no region field: a domain lives in the region of the API host that registers it,
  // so the page shows the region rather than offering a choice the request could not carry.
  const region = h('p', { class: 'hint', id: 'region-note', text: 'Region: the one of the API host this page’s server talks to (US or EU, shown in the table below once registered). To register in the other region, point a server handler at that region’s API.' });
  const problems = h('div', { 'aria-live': 'polite' });
  const out = h('div');
  const submit = h('button', { type: 'submit', text: 'Register domain' });
  const fullAddress = () => (kind.value === 'trial' ? `${address.value}${TRIAL_SUFFIX}` : address.value);
  const check = () => {
    if (!address.value) {
      fill(problems);
      return false;
    }
    // The package's domain rules, through an address on the domain: no second copy of them here.
    const found = validateEmail(`postmaster@${fullAddress()}`).problems;
    fill(problems, found.length ? problemList(found) : h('p', { class: 'ok', text: `Will register ${fullAddress()}` }));
    return found.length === 0;
  };
  kind.addEventListener('change', () => { address.placeholder = kind.value === 'trial' ? 'acme' : 'agents.acme.com'; check(); });
  address.addEventListener('input', check);
  const form = h('form', { class: 'card', 'aria-labelledby': 'register-title' },
    h('h2', { id: 'register-title', text: 'Register a domain' }),
    field('Kind', kind),
    field('Domain', address, `For a trial domain, only the label before ${TRIAL_SUFFIX}.`),
    problems,
    field('Display name', name),
    region,
    submit, out);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!check()) return;
    const created = await busy(submit, out, () => client.domains.create({ name: name.value, domainAddress: fullAddress() }));
    if (!created) return;
    forgetDomains();
    fill(out, h('p', { class: 'ok', role: 'status', text: `Registered ${created.domainAddress} (${created.region?.toUpperCase() ?? ''}).` }));
    form.reset();
    fill(problems);
    await onCreated(created);
  });
  return form;
}

function domainTable(domains, open) {
  const yes = (v) => (v ? 'Yes' : 'No');
  return table('Registered domains', ['Domain', 'Name', 'Region', 'Kind', 'Ownership', 'MX', 'Records'], domains.map((d) =>
    h('tr', { 'data-domain': d.domainAddress },
      h('td', { text: d.domainAddress }), h('td', { text: d.name ?? '' }), h('td', { text: (d.region ?? '').toUpperCase() }),
      h('td', { text: d.branded ? 'Trial' : 'Own' }), h('td', { text: yes(d.verifiedOwnership) }), h('td', { text: yes(d.verifiedMx) }),
      h('td', {}, h('button', { type: 'button', text: 'DNS records', 'aria-label': `DNS records of ${d.domainAddress}`, onclick: () => open(d) })))));
}

async function domainDetail(client, id, refresh) {
  const doctor = await client.domains.doctor(id);
  const name = doctor.domain.domainAddress;
  const status = statusLine();
  const out = h('div');
  const section = [h('h2', { tabindex: '-1', text: `DNS records of ${name}` }),
    h('p', { class: doctor.readyForMailboxes ? 'ok' : 'warn', 'data-ready': String(doctor.readyForMailboxes),
      text: doctor.readyForMailboxes ? 'Ready for mailboxes.' : 'Not ready for mailboxes: publish the records below at your DNS provider, then verify them.' })];
  if (doctor.trial) return [...section, h('p', { text: 'A trial domain needs no DNS records.' })];
  const verify = async (button, types) => busy(button, out, async () => {
    for (const [i, type] of types.entries()) {
      status.textContent = `Verifying ${CHECK_LABELS[type]} (${i + 1} of ${types.length})…`;
      await client.domains.verify(id, type);
    }
    forgetDomains();
    await refresh();
  });
  const rows = doctor.checks.map((check) => {
    const record = check.record ?? {};
    const verifyButton = h('button', { type: 'button', text: 'Verify', 'aria-label': `Verify ${CHECK_LABELS[check.type]}` });
    verifyButton.addEventListener('click', () => verify(verifyButton, [check.type]));
    return h('tr', { 'data-check': check.type },
      h('th', { scope: 'row', text: CHECK_LABELS[check.type] + (check.requiredForMailboxes ? ' (required)' : '') }),
      h('td', {}, h('code', { text: record.host ?? '' })), h('td', { text: record.recordType ?? '' }),
      h('td', {}, h('code', { class: 'value', text: record.value ?? '' })),
      h('td', { class: check.verified ? 'ok' : 'warn', 'data-status': check.verified ? 'verified' : 'pending' },
        check.verified ? 'Verified' : 'Not verified', check.fix ? h('span', { class: 'hint', text: ` ${check.fix}` }) : null),
      h('td', { class: 'actions' },
        h('button', { type: 'button', text: 'Copy', 'aria-label': `Copy the ${CHECK_LABELS[check.type]} value`, disabled: !record.value,
          onclick: () => copy(record.value, status, `the ${CHECK_LABELS[check.type]} value`) }),
        check.verified ? null : verifyButton));
  });
  const verifyAll = h('button', { type: 'button', text: 'Verify all' });
  verifyAll.addEventListener('click', () => verify(verifyAll, doctor.checks.filter((c) => !c.verified).map((c) => c.type)));
  const zone = h('button', { type: 'button', text: 'Download zone file' });
  zone.addEventListener('click', () => busy(zone, out, async () => download(`${name}.zone`, await client.domains.zoneFile(id))));
  return [...section,
    table(`Records to publish for ${name}`, ['Check', 'Host', 'Type', 'Value', 'Status', 'Actions'], rows),
    h('div', { class: 'row' }, verifyAll, zone), status, out];
}
