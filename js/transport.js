// The client's network: `fetch`, a timer and `AbortSignal`, which only JavaScript has. Rust
// (src/wasm/fetch.rs) decides everything else: what is sent, how long to wait, how much to read,
// which headers matter and what an answer means. Written here rather than through js-sys calls from
// Rust, which cost about 3 KB gzip of wasm for what these lines do.

/**
 * The cancellation of one request or pause: an `AbortController` that a `setTimeout` timer (the
 * timeout) or the caller's signal aborts, and a promise that rejects when it does. Every await of a
 * request races it, so a `fetch` (or a body) that ignores its signal still ends on time. `setTimeout`
 * rather than `AbortSignal.timeout`, whose timer does not keep Node's event loop alive: with nothing
 * else pending the process would exit with the call unsettled.
 */
class Cancellation {
  constructor(ms, caller) {
    const controller = new AbortController();
    const abort = () => controller.abort();
    this.signal = controller.signal;
    this.caller = caller;
    this.stopped = new Promise((_, reject) => this.signal.addEventListener('abort', reject));
    this.stopped.catch(() => {});
    this.timer = setTimeout(abort, ms);
    caller?.addEventListener?.('abort', abort);
    this.end = () => {
      clearTimeout(this.timer);
      caller?.removeEventListener?.('abort', abort);
    };
  }

  race(promise) {
    return Promise.race([promise, this.stopped]);
  }

  /** Why the request ended without a response: the caller's abort wins over the timer. */
  failure(error) {
    if (this.caller?.aborted) return { failure: 'aborted' };
    if (this.signal.aborted) return { failure: 'timeout' };
    const cause = error?.cause?.message;
    const message = String(error?.message ?? 'fetch failed');
    return { failure: 'network', message: cause ? `${message}: ${cause}` : message };
  }
}

/** The body as text, read chunk by chunk so that reading stops past `limit` bytes. */
async function readBody(response, cancel, limit) {
  if (Number(response.headers?.get('content-length') ?? 0) > limit) return undefined;
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await cancel.race(reader.read());
    if (done) break;
    const chunk = new Uint8Array(value);
    size += chunk.length;
    if (size > limit) {
      reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  // Bytes that are not UTF-8 become U+FFFD; the client then reports a body that is not JSON.
  return new TextDecoder().decode(bytes);
}

/**
 * The transport the Rust client calls: `send` resolves with `{ status, headers, body }` or
 * `{ failure: 'timeout' | 'aborted' | 'network' | 'tooLarge', message? }`; it never rejects.
 */
export function transport(fetchHook) {
  return {
    async send(method, url, headers, body, timeoutMs, maxBytes, read, caller) {
      const fetch = fetchHook ?? globalThis.fetch;
      if (typeof fetch !== 'function') return { failure: 'network', message: 'this runtime has no fetch: pass options.fetch' };
      const cancel = new Cancellation(timeoutMs, caller);
      try {
        // Never follow a redirect: the API sends none, and following one would carry the body and
        // the caller's headers to another origin. The 3xx comes back and the client refuses it.
        const init = { method, headers: JSON.parse(headers), body, signal: cancel.signal, redirect: 'manual' };
        const response = await cancel.race(fetch(url, init));
        // A browser hides a manual redirect's status; the client refuses any 3xx alike.
        const status = response.type === 'opaqueredirect' ? 300 : response.status;
        const kept = read.split(',').flatMap((name) => {
          const value = response.headers?.get(name);
          return typeof value === 'string' ? [[name, value]] : [];
        });
        const text = await readBody(response, cancel, maxBytes);
        return text === undefined ? { failure: 'tooLarge' } : { status, headers: JSON.stringify(kept), body: text };
      } catch (error) {
        return cancel.failure(error);
      } finally {
        cancel.end();
      }
    },
    /** Resolves with true when the caller's signal ended the pause. */
    async sleep(ms, caller) {
      const cancel = new Cancellation(ms, caller);
      try {
        await cancel.stopped;
      } catch {
        // The timer or the caller ended it: which one is the answer.
      } finally {
        cancel.end();
      }
      return Boolean(caller?.aborted);
    },
  };
}
