// Hostile pages and clients against the built binary (its own emulator, 127.0.0.1 only, a few sockets,
// a few seconds): a foreign web page must not drive it, half-sent requests must not hold it, and it
// stores no address the package would reject.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { startEmulator } from './helpers/emulator.mjs';

let emu;

before(async () => {
  emu = await startEmulator([
    '--domain', 'acme.nylas.email', '--auto-connector',
    '--header-timeout-ms', '300', '--body-timeout-ms', '300', '--max-connections', '3',
  ]);
});

after(async () => {
  await emu?.stop();
});

/** A raw socket that sends `bytes`, then resolves with what came back once the server closed it. */
function sendAndWaitForClose(bytes, patienceMs = 5000) {
  const { hostname, port } = new URL(emu.url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(bytes));
    let got = '';
    const timer = setTimeout(() => { socket.destroy(); reject(new Error('the server kept the connection open')); }, patienceMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => { got += chunk; });
    socket.on('error', () => {});
    socket.on('close', () => { clearTimeout(timer); resolve(got); });
  });
}

test('a page from a foreign origin gets no CORS grant and cannot call the hooks', async () => {
  const evil = 'https://evil.example';
  const preflight = await fetch(`${emu.url}/v3/connect/custom`, {
    method: 'OPTIONS',
    headers: { origin: evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
  });
  assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  // What a page can send without a preflight: a text/plain POST.
  const reset = await fetch(`${emu.url}/__emulator/reset`, { method: 'POST', headers: { origin: evil, 'content-type': 'text/plain' }, body: '{}' });
  assert.equal(reset.status, 403);
  const body = await reset.json();
  assert.equal(body.error.type, 'emulator.origin_not_allowed');
  assert.match(body.error.message, /--allow-origin/);
  const local = await fetch(`${emu.url}/v3/grants`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' } });
  assert.equal(local.headers.get('access-control-allow-origin'), 'http://localhost:5173');
});

test('half a request line, or half a body, does not hold a connection', async () => {
  const headers = await sendAndWaitForClose('GET /v3/grants HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
  assert.equal(headers, '', 'closed without an answer');
  const bodyCut = await sendAndWaitForClose('POST /__emulator/faults HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50\r\n\r\n{"kind"');
  assert.match(bodyCut, /^HTTP\/1\.1 408/);
});

test('more held connections than the limit leave the emulator serving once they time out', async () => {
  // Six silent sockets against a limit of three: each is closed after 300 ms, so all get closed.
  const held = await Promise.all(Array.from({ length: 6 }, () => sendAndWaitForClose('')));
  assert.deepEqual(held, ['', '', '', '', '', '']);
  const health = await fetch(`${emu.url}/__emulator/health`);
  assert.equal(health.status, 200);
});

test('settings.email is held to the package rules: look-alikes are refused, IDN forms normalised', async () => {
  for (const [email, code] of [['bot\u200b@acme.nylas.email', 'EMAIL_WHITESPACE'], ['bøt@acme.nylas.email', 'EMAIL_LOCAL_NON_ASCII'], ['.bot@acme.nylas.email', 'EMAIL_LOCAL_DOTS']]) {
    await assert.rejects(
      emu.call('POST', '/v3/connect/custom', { provider: 'nylas', settings: { email } }),
      (err) => err.status === 400 && err.body.error.message.includes(code),
      email,
    );
  }
  const ok = await emu.call('POST', '/v3/connect/custom', { provider: 'nylas', settings: { email: 'Bot@ACME.nylas.email.' } });
  assert.equal(ok.data.email, 'Bot@acme.nylas.email');
});
