// nylas-agent-accounts/emulator: the emulator's core (Rust, in its own wasm) answering an in-process
// fetch. Every rule lives in Rust (emulator/src/); this file only moves requests and responses between
// the Fetch API and the wasm, and names the test hooks. `loadWasm` comes from the runtime's entry.
import { Emulator } from './nylas_emulator_wasm.js';

/** The base URL of an in-process emulator: loopback (so clients accept plain http), and only its `fetch`
 * answers it; a request sent to it with another fetch never leaves the machine. */
const IN_PROCESS_URL = 'http://localhost';

// A fault's "connection reset": what Node's fetch throws when the connection drops.
const networkError = () =>
  new TypeError('fetch failed', { cause: new Error('connection reset by the emulator (an injected fault)') });

/** Sends the emulator's webhook traffic (the core allows only http:// loopback URLs). */
async function send(method, url, headersJson, body, timeoutMs) {
  const resp = await fetch(url, {
    method,
    headers: Object.fromEntries(JSON.parse(headersJson)),
    body: method === 'GET' ? undefined : body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: resp.status, body: await resp.text() };
}

function toResponse(answer) {
  if (answer.ending === 'reset') throw networkError();
  const headers = new Headers(answer.headers);
  if (answer.ending === 'cut') {
    // Half the body, then the stream fails, as a cut connection does.
    headers.delete('content-length');
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(answer.body);
        controller.error(networkError());
      },
    });
    return new Response(stream, { status: answer.status, headers });
  }
  const empty = [101, 204, 205, 304].includes(answer.status);
  return new Response(empty ? null : answer.body, { status: answer.status, headers });
}

async function call(core, input, init) {
  const request = new Request(input, init);
  const url = new URL(request.url);
  const headers = JSON.stringify([...request.headers]);
  const body = request.body ? new Uint8Array(await request.arrayBuffer()) : new Uint8Array();
  return core.handle(request.method, url.pathname, url.search.slice(1), headers, body);
}

/**
 * Starts an in-process emulator. Options are the binary's flags in camelCase (emulator/README.md):
 * `apiKey`, `domains`, `autoConnector`, `faultRate`, `faultKinds`, `rateLimit`, `grantRateLimit`,
 * `maxAccounts`, `bcryptCost`, `region`, …
 */
export async function createEmulatorWith(loadWasm, options = {}) {
  await loadWasm();
  const core = new Emulator(JSON.stringify(options ?? {}), send);
  const fetchFn = async (input, init) => toResponse(await call(core, input, init));
  const hook = async (method, path, body) => {
    const resp = await fetchFn(IN_PROCESS_URL + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await resp.json();
    if (!resp.ok) {
      const error = new Error(`emulator hook ${method} ${path}: ${json.error?.message ?? resp.status}`);
      error.status = resp.status;
      throw error;
    }
    return json.data;
  };
  const dns = (domain) => `/__emulator/dns/${encodeURIComponent(domain)}`;
  return {
    url: IN_PROCESS_URL,
    apiKey: core.apiKey,
    fetch: fetchFn,
    deliverMessage: (message) => hook('POST', '/__emulator/messages', message),
    setDns: (domain, records) => hook('PUT', dns(domain), { records }),
    getDns: (domain) => hook('GET', dns(domain)),
    publishExpectedDns: (domain) => hook('POST', `${dns(domain)}/publish-expected`),
    addFault: (rule) => hook('POST', '/__emulator/faults', rule),
    listFaults: () => hook('GET', '/__emulator/faults'),
    clearFaults: (id) => hook('DELETE', id === undefined ? '/__emulator/faults' : `/__emulator/faults/${encodeURIComponent(id)}`),
    reset: () => hook('POST', '/__emulator/reset'),
    snapshot: () => hook('GET', '/__emulator/snapshot'),
    stats: () => hook('GET', '/__emulator/stats'),
    listen: (port = 0) => listen(core, port),
  };
}

/** The body, read up to one byte past `limit` (the core refuses that); `over` when reading stopped there. */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size <= limit) return;
      req.off('data', onData).pause();
      resolve({ body: new Uint8Array(Buffer.concat(chunks).subarray(0, limit + 1)), over: true });
    };
    req.on('data', onData).once('error', reject)
      .once('end', () => resolve({ body: new Uint8Array(Buffer.concat(chunks)), over: false }));
  });
}

/**
 * Node, Deno, Bun: serves the emulator on 127.0.0.1 (only there) for other processes. CORS, the hooks'
 * origin rule and the body limit are the core's, as for the in-process fetch.
 */
async function listen(core, port) {
  const http = globalThis.process?.getBuiltinModule?.('node:http') ?? (await import('node:http'));
  const server = http.createServer(async (req, res) => {
    try {
      const { body, over } = await readBody(req, core.maxBodyBytes);
      const url = new URL(req.url, 'http://127.0.0.1');
      const headers = JSON.stringify(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const answer = await core.handle(req.method, url.pathname, url.search.slice(1), headers, body);
      if (answer.ending === 'reset') return req.socket.resetAndDestroy?.() ?? req.socket.destroy();
      // The rest of an oversized body is never read: the connection closes after the refusal.
      res.writeHead(answer.status, over ? [...answer.headers, ['connection', 'close']] : answer.headers);
      if (answer.ending === 'cut') {
        res.write(answer.body);
        return setTimeout(() => req.socket.destroy(), 30);
      }
      res.end(answer.body);
    } catch {
      res.destroy();
    }
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
