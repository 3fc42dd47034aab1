/**
 * `nylas-agent-accounts/server`: the server side of an admin page. A standard Fetch handler that holds
 * the API key (and the service account) and forwards only the client methods you allow, to the
 * operators `authorize` accepts; the page uses the ordinary client with no key.
 *
 * @example
 * import { createHandler } from 'nylas-agent-accounts/server';
 * export default { fetch: createHandler({ apiKey: env.NYLAS_API_KEY, allow: ['accounts.list'], authorize }) };
 *
 * @module nylas-agent-accounts/server
 */
import type { Region, ServiceAccountCredentials } from '../index.js';

// `HandlerOperation` is generated from Rust into js/server.generated.d.ts (appended by scripts/build.sh).

/** The options every handler takes, besides its `authorize` hook (or `localOnly`). */
interface HandlerOptionsBase {
  /** The Nylas API key. It stays on the server: no answer, header or error of the handler carries it. */
  apiKey: string;
  /** Needed when `allow` has a `domains.*` method: the handler signs Manage Domains calls with it. */
  serviceAccount?: ServiceAccountCredentials | undefined;
  /** Default `'us'`. Ignored when `apiUri` is given. */
  region?: Region | undefined;
  /** The API's base URL (the emulator's, in development). */
  apiUri?: string | undefined;
  /**
   * The client methods the page may call; nothing else is forwarded (403). Nothing is allowed by
   * default. Creating accounts does not let a page change existing ones: a create of an existing
   * address is refused (409) unless `'accounts.update'` is allowed too.
   */
  allow: HandlerOperation[];
  /** Cross-origin pages allowed, as `https://admin.example.com`. The handler's own origin always is. */
  allowedOrigins?: string[] | undefined;
  /** Largest request body, 1024 bytes to 16 MiB; default 64 KiB. Larger bodies get 413. */
  maxBodyBytes?: number | undefined;
  /** The path the handler answers under, e.g. `'/api/nylas'`; the page's client uses it as its `apiUri`. */
  basePath?: string | undefined;
  /** Per-request timeout to Nylas, 1–600000 ms; default 90000. */
  timeoutMs?: number | undefined;
  /** Largest answer read from Nylas; default 16 MiB. */
  maxResponseBytes?: number | undefined;
  /** The fetch to reach Nylas with; default the global one. */
  fetch?: typeof fetch | undefined;
}

/** Options of `createHandler`: an `authorize` hook, or `localOnly` for an emulator on this machine. */
export type HandlerOptions = HandlerOptionsBase & (
  | {
      /**
       * Decides whether the request's sender may use the handler (check your session cookie or token).
       * Anything but `true`, or a throw, answers 401. Required: the handler refuses to start without it.
       */
      authorize: (request: Request) => boolean | Promise<boolean>;
      /** Absent or false when `authorize` is given. */
      localOnly?: false | undefined;
    }
  | {
      /** No `authorize`: only allowed when `apiUri` is a loopback address (the emulator). */
      localOnly: true;
      /** Absent with `localOnly`. */
      authorize?: undefined;
    }
);

/** A standard Fetch handler: Cloudflare Workers, Deno, Bun, Vercel Edge and Node (through `toNodeListener`). */
export type Handler = (request: Request) => Promise<Response>;

/**
 * The server side of an admin page: holds the API key and the service account, and forwards only the
 * allowed client methods. Throws `ValidationError` (`INVALID_ARGUMENT`) on bad options.
 *
 * @example
 * const handler = createHandler({
 *   apiKey: process.env.NYLAS_API_KEY!,
 *   basePath: '/api/nylas',
 *   allow: ['accounts.list', 'accounts.create'],
 *   authorize: (request) => isOperator(request),
 * });
 * // In the page: new AgentAccounts({ apiUri: new URL('/api/nylas', location.href).href })
 */
export function createHandler(options: HandlerOptions): Handler;

/**
 * Adapts a handler to `node:http`: `http.createServer(toNodeListener(handler))` (the listener takes
 * node's `IncomingMessage` and `ServerResponse`; typed loosely so this file needs no Node types).
 *
 * @example
 * import http from 'node:http';
 * const api = toNodeListener(createHandler(options));
 * http.createServer((req, res) => (req.url.startsWith('/api/nylas/') ? api(req, res) : serveStatic(req, res))).listen(3000);
 */
export function toNodeListener(handler: Handler): (req: unknown, res: unknown) => void;

/**
 * Resolves once the entry's wasm is ready (at once in Node, Deno, Bun and Workers).
 *
 * @example
 * await ready();
 */
export function ready(): Promise<void>;
