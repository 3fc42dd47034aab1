// The server side of an admin page (`nylas-agent-accounts/server`): createHandler() returns a standard
// Fetch handler, toNodeListener() adapts it to node:http. Every decision (origins, routes, allowlist,
// limits, the server-side checks, scrubbing) is made in Rust (src/client/proxy.rs); this file moves the
// request in and the answer out, and calls the caller's authorize hook between the two gates.
import { WasmHandler, argumentError } from './nylas_agent_accounts.js';
import { toError } from './errors.js';
import { transport } from './transport.js';

/** The request headers the Rust side reads; no other header (cookies, authorization) crosses into it. */
const READ = ['origin', 'content-type', 'content-length', 'sec-fetch-site'];

const headOf = (request) => JSON.stringify({
  method: request.method,
  url: request.url,
  headers: Object.fromEntries(READ.flatMap((name) => {
    const value = request.headers.get(name);
    return value === null ? [] : [[name, value]];
  })),
});

const respond = (json) => {
  const { status, headers, body } = JSON.parse(json);
  return new Response(status === 204 ? null : body, { status, headers });
};

/**
 * Reads at most `limit` bytes of the body as text; `null` when it is longer (reading stops there).
 * @param {Request} request
 */
async function readBody(request, limit) {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) { bytes.set(chunk, at); at += chunk.byteLength; }
  return new TextDecoder().decode(bytes);
}

/**
 * A Fetch handler `(request) => Promise<Response>` that forwards the allowed client operations to
 * Nylas with the API key added and Manage Domains calls signed. See the README's "Admin pages" section.
 */
export function createHandler(options) {
  const { authorize, fetch, ...rest } = options ?? {};
  let core;
  try {
    // The hooks cross as their `typeof`: Rust refuses one that is not a function, with the other options.
    core = new WasmHandler(JSON.stringify({ ...rest, authorize: typeof authorize, fetch: typeof fetch }),
      transport(typeof fetch === 'function' ? fetch : undefined));
  } catch (thrown) {
    throw toError(thrown);
  }
  const mustAuthorize = core.authorize;
  const limit = core.maxBodyBytes;
  return async function handle(request) {
    const head = headOf(request);
    const early = core.gate(head);
    if (early !== undefined) return respond(early);
    if (mustAuthorize) {
      let allowed = false;
      try { allowed = (await authorize(request)) === true; } catch { /* a throwing hook refuses */ }
      if (!allowed) return respond(core.unauthorized(head));
    }
    const refused = core.admit(head);
    if (refused !== undefined) return respond(refused);
    const body = await readBody(request, limit);
    if (body === null) return respond(core.tooLarge(head));
    return respond(await core.forward(head, body || undefined, request.signal));
  };
}

/**
 * Adapts a Fetch handler to node:http: `http.createServer(toNodeListener(handler))`. The request body
 * streams into the handler, which stops reading at its limit.
 */
export function toNodeListener(handler) {
  if (typeof handler !== 'function') {
    throw toError(argumentError('toNodeListener(handler): handler', 5, handler));
  }
  return async (req, res) => {
    try {
      const host = req.headers.host ?? 'localhost';
      const scheme = req.socket?.encrypted ? 'https' : 'http';
      const controller = new AbortController();
      res.on('close', () => { if (!res.writableFinished) controller.abort(); });
      const hasBody = !['GET', 'HEAD'].includes(req.method);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const request = new Request(`${scheme}://${host}${req.url}`, {
        method: req.method,
        headers,
        body: hasBody ? streamOf(req) : undefined,
        duplex: 'half',
        signal: controller.signal,
      });
      const response = await handler(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      // A body left unread (over the limit) is not waited for: the connection closes once answered.
      res.end(Buffer.from(await response.arrayBuffer()), () => { if (!req.complete) req.destroy(); });
    } catch {
      // Nothing of the error goes out or to a log: it may hold what the request carried.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end('{"error":{"type":"internal_error","message":"the handler failed"}}');
    }
  };
}

/**
 * A web ReadableStream over a Node request, without importing node:stream (this file runs in every
 * runtime). The request is paused while the stream's buffer is full, so a large body can't pile up.
 */
function streamOf(req) {
  return new ReadableStream({
    start(controller) {
      req.on('data', (chunk) => {
        controller.enqueue(new Uint8Array(chunk));
        if (controller.desiredSize <= 0) req.pause();
      });
      req.on('end', () => controller.close());
      req.on('error', (error) => controller.error(error));
    },
    pull() { req.resume(); },
    // The handler stopped reading (the body is over its limit): drain the rest, so that the answer
    // reaches the client before the connection closes (the listener closes it after answering).
    cancel() { req.removeAllListeners('data'); req.resume(); },
  }, { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength });
}
