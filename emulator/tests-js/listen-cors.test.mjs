// What a browser page meets when it calls an emulator over the network: the native binary and the wasm
// emulator's listen() give the same CORS grants (loopback pages, and origins allowed by option, only)
// and refuse the same oversized bodies; the rules are the core's, not the JS glue's.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createEmulator } from 'nylas-agent-accounts/emulator';
import { startEmulator } from './helpers/emulator.mjs';

const PAGE = 'http://localhost:5173';
const ADMIN = 'https://admin.example:8443';
const EVIL = 'https://evil.example';
const stops = [];
after(async () => { for (const stop of stops) await stop(); });

const hosts = {
  native: async () => {
    const emu = await startEmulator(['--allow-origin', ADMIN]);
    stops.push(emu.stop);
    return { url: emu.url, apiKey: emu.apiKey };
  },
  'wasm listen()': async () => {
    const emu = await createEmulator({ allowOrigins: [ADMIN] });
    const server = await emu.listen(0);
    stops.push(server.close);
    return { url: server.url, apiKey: emu.apiKey };
  },
};

const preflight = (emu, origin) => fetch(`${emu.url}/v3/grants`, {
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
});

for (const [host, start] of Object.entries(hosts)) {
  test(`${host}: preflights are granted to loopback pages and allowed origins only`, async () => {
    const emu = await start();
    for (const origin of [PAGE, ADMIN]) {
      const answer = await preflight(emu, origin);
      assert.ok(answer.ok, `${answer.status}`);
      assert.equal(answer.headers.get('access-control-allow-origin'), origin);
      assert.match(answer.headers.get('access-control-allow-headers'), /authorization/i);
      assert.match(answer.headers.get('access-control-allow-methods'), /POST/);
    }
    const refused = await preflight(emu, EVIL);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
  });

  test(`${host}: an answer to an allowed page carries the grant and exposes the request id`, async () => {
    const emu = await start();
    const headers = { authorization: `Bearer ${emu.apiKey}` };
    const granted = await fetch(`${emu.url}/v3/grants`, { headers: { ...headers, origin: PAGE } });
    assert.equal(granted.status, 200);
    assert.equal(granted.headers.get('access-control-allow-origin'), PAGE);
    assert.match(granted.headers.get('access-control-expose-headers'), /x-request-id/i);
    const foreign = await fetch(`${emu.url}/v3/grants`, { headers: { ...headers, origin: EVIL } });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    // The hooks take no key: a foreign page is refused outright, not only denied the answer.
    const hook = await fetch(`${emu.url}/__emulator/reset`, { method: 'POST', headers: { origin: EVIL } });
    assert.equal(hook.status, 403);
  });

  test(`${host}: a body over 2 MiB is refused, and the emulator keeps answering`, async () => {
    const emu = await start();
    const big = JSON.stringify({ email: 'bot@acme.nylas.email', name: 'x'.repeat(3 * 1024 * 1024) });
    const answer = await fetch(`${emu.url}/v3/connect/custom`, {
      method: 'POST', body: big,
      headers: { authorization: `Bearer ${emu.apiKey}`, 'content-type': 'application/json', origin: PAGE },
    });
    assert.equal(answer.status, 400);
    const { request_id: id, error } = await answer.json();
    assert.match(error.message, /too large/);
    // Refused before the body is whole, it still has what every answer has: its id, and the page's grant.
    assert.equal(answer.headers.get('x-request-id'), id);
    assert.equal(answer.headers.get('access-control-allow-origin'), PAGE);
    const after = await fetch(`${emu.url}/v3/grants`, { headers: { authorization: `Bearer ${emu.apiKey}` } });
    assert.equal(after.status, 200);
  });
}
