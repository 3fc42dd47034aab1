//! `domain list|create|get|records|zone-file|verify|delete` over client.domains (Manage Domains: the
//! requests are signed with the service account). A domain is named by its id or its address.
import { clientOf } from './config.mjs';
import { confirm } from './prompt.mjs';
import { VerdictExit, EXIT } from './errors.mjs';
import { when } from './output.mjs';

const RECORD_TYPES = ['ownership', 'mx', 'spf', 'dkim', 'feedback'];
const domainsOf = (ctx) => clientOf(ctx, { needsServiceAccount: true }).domains;

// An address (it has a dot; ids don't) is looked up in the list: people remember names, not UUIDs.
async function idOf(domains, idOrAddress) {
  if (!idOrAddress.includes('.')) return idOrAddress;
  const wanted = idOrAddress.toLowerCase().replace(/\.$/, '');
  for await (const domain of domains.list()) {
    if (domain.domainAddress?.toLowerCase() === wanted) return domain.id;
  }
  return idOrAddress; // unknown: the API's own not-found answer says so
}

function showDomain(out, d) {
  const flag = (b) => (b ? 'verified' : 'not verified');
  out.fields([
    ['id', d.id], ['address', d.domainAddress], ['name', d.name], ['region', d.region],
    ['trial', d.branded ? 'yes (*.nylas.email: no DNS needed)' : 'no'],
    ['ownership', flag(d.verifiedOwnership)], ['mx', flag(d.verifiedMx)], ['spf', flag(d.verifiedSpf)],
    ['dkim', flag(d.verifiedDkim)], ['feedback', flag(d.verifiedFeedback)], ['created', when(d.createdAt)],
  ]);
}

function showRecords(out, records) {
  out.table(['TYPE', 'HOST', 'RECORD', 'VALUE', 'STATUS'],
    records.map((r) => [r.type, r.host ?? '', r.recordType ?? '', r.value ?? '', r.status ?? '']));
}

async function verify(ctx) {
  const domains = domainsOf(ctx);
  const id = await idOf(domains, ctx.positionals[0]);
  const types = ctx.values.type ? [ctx.values.type] : RECORD_TYPES;
  const attempts = [];
  for (const type of types) attempts.push(await domains.verify(id, type));
  // The doctor says, from the package's rules, whether mailboxes can be created and what to fix.
  const doctor = await domains.doctor(id);
  ctx.out.result({ attempts, doctor }, () => {
    ctx.out.table(['TYPE', 'STATUS', 'MESSAGE'], attempts.map((a) => [a.attempt?.type, a.status, a.message ?? '']));
    ctx.out.line();
    ctx.out.line(doctor.readyForMailboxes ? ctx.out.paint.green('Ready: accounts can be created on this domain.')
      : ctx.out.paint.yellow('Not ready for accounts yet.'));
    for (const check of doctor.checks) if (check.fix) ctx.out.line(`  ${check.type}: ${check.fix}`);
  });
  if (!doctor.readyForMailboxes) throw new VerdictExit(EXIT.VALIDATION);
}

export const domainCommands = [
  {
    path: 'domain list', summary: 'list registered domains', example: 'nylas-agent-accounts domain list --service-account sa.json',
    async run(ctx) {
      const items = [];
      for await (const d of domainsOf(ctx).list()) items.push(d);
      ctx.out.result(items, () => {
        if (items.length === 0) ctx.out.line('No domains.');
        ctx.out.table(['ID', 'ADDRESS', 'NAME', 'OWNERSHIP', 'MX'],
          items.map((d) => [d.id, d.domainAddress, d.name, d.verifiedOwnership ? 'yes' : 'no', d.verifiedMx ? 'yes' : 'no']));
      });
    },
  },
  {
    path: 'domain create', args: 'DOMAIN', summary: 'register a domain (then publish its records and verify)',
    options: { name: { type: 'string', value: 'NAME', help: 'display name (default: the domain)' } },
    example: 'nylas-agent-accounts domain create agents.acme.com --name "Acme agents"',
    async run(ctx) {
      const domainAddress = ctx.positionals[0];
      const domain = await domainsOf(ctx).create({ name: ctx.values.name ?? domainAddress, domainAddress });
      ctx.out.result(domain, () => {
        showDomain(ctx.out, domain);
        if (!domain.branded) ctx.out.note(`Next: nylas-agent-accounts domain records ${domain.id}`);
      });
    },
  },
  {
    path: 'domain get', args: 'ID|DOMAIN', summary: 'show a domain and what is verified',
    example: 'nylas-agent-accounts domain get agents.acme.com',
    async run(ctx) {
      const domains = domainsOf(ctx);
      const domain = await domains.get(await idOf(domains, ctx.positionals[0]));
      ctx.out.result(domain, () => showDomain(ctx.out, domain));
    },
  },
  {
    path: 'domain records', args: 'ID|DOMAIN', summary: 'the DNS records to publish',
    example: 'nylas-agent-accounts domain records agents.acme.com',
    async run(ctx) {
      const domains = domainsOf(ctx);
      const records = await domains.records(await idOf(domains, ctx.positionals[0]));
      ctx.out.result(records, () => showRecords(ctx.out, records));
    },
  },
  {
    path: 'domain zone-file', args: 'ID|DOMAIN', summary: 'the records as a BIND zone file fragment',
    example: 'nylas-agent-accounts domain zone-file agents.acme.com > nylas.zone',
    async run(ctx) {
      const domains = domainsOf(ctx);
      const text = await domains.zoneFile(await idOf(domains, ctx.positionals[0]));
      ctx.out.result({ zoneFile: text }, () => ctx.out.stdout.write(text.endsWith('\n') ? text : `${text}\n`));
    },
  },
  {
    path: 'domain verify', args: 'ID|DOMAIN', summary: 'check the published records (exit 3 while not ready)',
    options: { type: { type: 'string', value: RECORD_TYPES.join('|'), help: 'one check only (default: all)' } },
    example: 'nylas-agent-accounts domain verify agents.acme.com',
    run: verify,
  },
  {
    path: 'domain delete', args: 'ID|DOMAIN', summary: 'delete a domain (asks first; --yes in scripts)',
    options: { yes: { type: 'boolean', short: 'y', help: 'do not ask (required when not on a terminal)' } },
    example: 'nylas-agent-accounts domain delete agents.acme.com --yes',
    async run(ctx) {
      const domains = domainsOf(ctx);
      const domain = await domains.get(await idOf(domains, ctx.positionals[0]));
      await confirm(ctx, `Delete domain ${domain.domainAddress} (${domain.id})`);
      await domains.delete(domain.id);
      ctx.out.result({ deleted: true, id: domain.id }, () => ctx.out.line(`Deleted domain ${domain.domainAddress}.`));
    },
  },
];
