//! `policy|rule|workspace|list list|get|create|delete`: the same four verbs over client.policies,
//! client.rules, client.workspaces and client.lists. A create body comes from flags, or whole from
//! --file (JSON in the client's camelCase shape) for what flags can't say well (rule conditions).
import { clientOf, readText } from './config.mjs';
import { intOption } from './args.mjs';
import { confirm } from './prompt.mjs';
import { UsageError } from './errors.mjs';
import { when } from './output.mjs';

const RESOURCES = {
  policy: {
    resource: 'policies', id: (p) => p.id, columns: ['ID', 'NAME', 'CREATED'], row: (p) => [p.id, p.name, when(p.createdAt)],
    flags: { name: { type: 'string', value: 'NAME', help: 'policy name' } },
    body: (v) => ({ name: v.name }),
    example: 'nylas-agent-accounts policy create --name "Strict" --file policy.json',
  },
  rule: {
    resource: 'rules', id: (r) => r.id, columns: ['ID', 'NAME', 'TRIGGER', 'ENABLED', 'PRIORITY'],
    row: (r) => [r.id, r.name, r.trigger, String(r.enabled), String(r.priority)],
    flags: {
      name: { type: 'string', value: 'NAME', help: 'rule name' },
      description: { type: 'string', value: 'TEXT', help: 'description' },
      priority: { type: 'string', value: 'N', help: '0-1000, lower runs first' },
      trigger: { type: 'string', value: 'inbound|outbound', help: 'when it runs (default inbound)' },
    },
    body: (v) => ({ name: v.name, description: v.description, trigger: v.trigger, priority: v.priority === undefined ? undefined : Number(v.priority) }),
    example: 'nylas-agent-accounts rule create --file block-spammers.json',
  },
  workspace: {
    resource: 'workspaces', id: (w) => w.workspaceId, columns: ['ID', 'NAME', 'DOMAIN', 'POLICY'],
    row: (w) => [w.workspaceId, w.name, w.domain ?? (w.default ? '(default)' : ''), w.policyId ?? ''],
    flags: {
      name: { type: 'string', value: 'NAME', help: 'workspace name' },
      domain: { type: 'string', value: 'DOMAIN', help: 'the domain it groups' },
      policy: { type: 'string', value: 'ID', help: 'policy to attach' },
      'no-auto-group': { type: 'boolean', help: 'new accounts on the domain do not join it' },
    },
    body: (v) => ({ name: v.name, domain: v.domain, policyId: v.policy, autoGroup: v['no-auto-group'] ? false : undefined }),
    example: 'nylas-agent-accounts workspace create --name Support --domain acme.nylas.email',
  },
  list: {
    resource: 'lists', id: (l) => l.id, columns: ['ID', 'NAME', 'TYPE', 'ITEMS'],
    row: (l) => [l.id, l.name, l.type, l.itemsCount === undefined ? '' : String(l.itemsCount)],
    flags: {
      name: { type: 'string', value: 'NAME', help: 'list name' },
      type: { type: 'string', value: 'domain|tld|address', help: 'what the list holds' },
      description: { type: 'string', value: 'TEXT', help: 'description' },
    },
    body: (v) => ({ name: v.name, type: v.type, description: v.description }),
    example: 'nylas-agent-accounts list create --name "Blocked domains" --type domain',
  },
};

/** The create body: --file's JSON, then the flags given on top. */
function bodyOf(spec, values) {
  let body = {};
  if (values.file !== undefined) {
    try {
      body = JSON.parse(readText(values.file, 'the request body'));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${values.file} is not valid JSON: ${error.message}`, 'Fix the file: one JSON object in the client\'s camelCase shape.');
    }
  }
  for (const [key, value] of Object.entries(spec.body(values))) if (value !== undefined) body[key] = value;
  return body;
}

function commandsOf(noun, spec) {
  const resource = (ctx) => clientOf(ctx)[spec.resource];
  const show = (ctx, item) => ctx.out.result(item, () => ctx.out.line(JSON.stringify(item, null, 2)));
  return [
    {
      path: `${noun} list`, summary: `list ${spec.resource}`,
      options: { all: { type: 'boolean', help: 'every page' }, limit: { type: 'string', value: 'N', help: 'per page, 1-200' } },
      example: `nylas-agent-accounts ${noun} list --json`,
      async run(ctx) {
        const limit = intOption(ctx.values, 'limit', { min: 1, max: 200, fallback: undefined });
        const call = resource(ctx).list(limit ? { limit } : undefined);
        let items;
        let more = false;
        if (ctx.values.all) {
          items = [];
          for await (const item of call) items.push(item);
        } else {
          const page = await call;
          items = page.data;
          more = Boolean(page.nextCursor);
        }
        ctx.out.result(items, () => {
          if (items.length === 0) ctx.out.line(`No ${spec.resource}.`);
          ctx.out.table(spec.columns, items.map(spec.row));
          if (more) ctx.out.note(ctx.out.paintErr.dim('More follow: pass --all to list every one.'));
        });
      },
    },
    {
      path: `${noun} get`, args: 'ID', summary: `show one ${noun}`, example: `nylas-agent-accounts ${noun} get ID`,
      async run(ctx) { show(ctx, await resource(ctx).get(ctx.positionals[0])); },
    },
    {
      path: `${noun} create`, summary: `create a ${noun}`, example: spec.example,
      options: { ...spec.flags, file: { type: 'string', value: 'FILE', help: "JSON body ('-' for stdin); flags override its fields" } },
      async run(ctx) { show(ctx, await resource(ctx).create(bodyOf(spec, ctx.values))); },
    },
    {
      path: `${noun} delete`, args: 'ID', summary: `delete a ${noun} (asks first; --yes in scripts)`,
      options: { yes: { type: 'boolean', short: 'y', help: 'do not ask (required when not on a terminal)' } },
      example: `nylas-agent-accounts ${noun} delete ID --yes`,
      async run(ctx) {
        const id = ctx.positionals[0];
        const client = resource(ctx);
        const item = await client.get(id);
        await confirm(ctx, `Delete ${noun} ${item.name ? `"${item.name}" ` : ''}(${id})`);
        await client.delete(id);
        ctx.out.result({ deleted: true, id }, () => ctx.out.line(`Deleted ${noun} ${id}.`));
      },
    },
  ];
}

export const resourceCommands = Object.entries(RESOURCES).flatMap(([noun, spec]) => commandsOf(noun, spec));
