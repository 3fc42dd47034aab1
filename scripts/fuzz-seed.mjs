// Seeds the fuzz corpora (fuzz/corpus/<target>/, gitignored) from tests/conformance/ and a few
// hand-made responses and webhook bodies, in the input format each target reads (fuzz/src/lib.rs:
// fields separated by the byte 0xFF). Idempotent: the same seeds get the same file names.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const SEP = Buffer.from([0xff]);
const bytes = (x) => (Buffer.isBuffer(x) ? x : Buffer.from(String(x), 'utf8'));
const join0xff = (...parts) => Buffer.concat(parts.flatMap((p, i) => (i ? [SEP, bytes(p)] : [bytes(p)])));

const conformance = join(root, 'tests/conformance');
const cases = readdirSync(conformance)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(conformance, f), 'utf8')));
const inputs = cases.map((c) => c.input);
const validAddresses = cases.filter((c) => c.expect?.valid).map((c) => c.input);
const domainOf = (a) => a.slice(a.lastIndexOf('@') + 1);

const uuid = '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const passwords = [
  'Correct-Horse-42-battery', 'short', 'Abcdefghijklmnop1', 'Abcdefghijklmnopq1', 'A1' + 'b'.repeat(38),
  'A1' + 'b'.repeat(39), 'Has a space 1234567', 'Tab\there12345678901', 'accentué-Password-123',
  'ALLUPPERCASE1234567', 'alllowercase1234567', 'NoDigitsAtAllHereXY', '🔑Emoji-Password-123',
];

const webhook = (type, object) => JSON.stringify({
  specversion: '1.0', type, source: '/nylas/application', id: 'evt-1', time: 1732000000,
  webhook_delivery_attempt: 1, data: { application_id: 'app-1', object },
});
const message = { id: 'msg-1', grant_id: 'grant-1', subject: 'Hi', from: [{ email: 'a@b.co' }], metadata: { user_key: 1 } };

const response = (status, body, headers = []) => {
  const head = Buffer.alloc(10);
  head.writeUInt16BE(status, 0);
  head.writeDoubleBE(1732000000000, 2);
  return Buffer.concat([head, join0xff(body, ...headers.flat())]);
};

const seeds = {
  validate_email: inputs.map(bytes),
  validate_email_default_domain: [
    ...cases.map((c) => join0xff(c.input, c.default_domain ?? 'example.com')),
    join0xff('ada', 'Bücher.Example'), join0xff('bot', 'agents.nylas.email.'), join0xff('x', ''),
  ],
  email_batch: [],
  validate_app_password: passwords.map(bytes),
  match_domain: validAddresses.flatMap((a) => {
    const d = domainOf(a);
    return [
      join0xff(a, d),
      join0xff(a, `parent.${d}`, 'acme.com'),
      join0xff(a, JSON.stringify({ domainAddress: d, verifiedOwnership: true, verifiedMx: false })),
      join0xff(a, JSON.stringify({ domain_address: d, branded: true }), 'other.nylas.email'),
    ];
  }),
  preflight_create_account: validAddresses.slice(0, 40).flatMap((a, i) => [
    Buffer.concat([Buffer.from([0x1f]), join0xff(a, passwords[i % passwords.length], 'Agent Ada', uuid, uuid, domainOf(a))]),
    Buffer.concat([Buffer.from([0x07]), join0xff(a, passwords[(i + 1) % passwords.length], '', 'not-a-uuid')]),
  ]),
  interpret_response: [
    response(200, '{"request_id":"req-1","data":{"id":"grant-1"}}'),
    response(200, ''),
    response(200, '{"error":{"type":"x","message":"y"}}'),
    response(200, '{"data":'),
    response(201, '[1,2,3]', [['x-request-id', 'req-2']]),
    response(302, '', [['location', 'https://elsewhere.example/']]),
    response(400, '{"error":"unauthorized","error_description":"bad key"}'),
    response(401, '{"request_id":"r","error":{"type":"unauthorized","message":"no"}}'),
    response(404, '{"type":"not_found_error","message":"domain not registered"}'),
    response(429, '{}', [['retry-after', '3']]),
    response(429, '', [['retry-after', 'Wed, 21 Oct 2015 07:28:00 GMT'], ['request-id', 'r9']]),
    response(503, '<html>Bad gateway</html>'),
    response(99, 'not json'),
  ],
  parse_signature_header: [
    'a'.repeat(64),
    `sha256=${'0f'.repeat(32)}`,
    ` SHA256=${'AB'.repeat(32)}\n`,
    'sha256=',
    'g'.repeat(64),
  ].map(bytes),
  parse_webhook: [
    webhook('message.created', message),
    webhook('message.created.truncated', { id: 'msg-2', grant_id: 'grant-1' }),
    webhook('grant.expired', { grant_id: 'grant-1', code: 25009 }),
    webhook('message.delivered', { message_id: 'm' }),
    webhook('grant.created', {}),
    '{"type":"message.created"}',
    '[]',
    '',
    Buffer.from([0x1f, 0x8b, 0x08, 0x00]),
  ].map(bytes),
};
for (let i = 0; i < inputs.length; i += 8) {
  seeds.email_batch.push(join0xff(...inputs.slice(i, i + 8)));
  seeds.email_batch.push(Buffer.concat([Buffer.from([0xfe]), join0xff('example.com', ...inputs.slice(i, i + 8))]));
}

let total = 0;
for (const [target, list] of Object.entries(seeds)) {
  const dir = join(root, 'fuzz/corpus', target);
  mkdirSync(dir, { recursive: true });
  for (const seed of list) {
    writeFileSync(join(dir, `seed-${createHash('sha1').update(seed).digest('hex').slice(0, 16)}`), seed);
  }
  total += list.length;
}
console.log(`[fuzz] seeded ${Object.keys(seeds).length} corpora with ${total} inputs from tests/conformance/`);
