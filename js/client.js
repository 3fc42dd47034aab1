// The AgentAccounts client for JavaScript: resource objects over the Rust client's one `call`
// (src/wasm/client.rs). Requests, retries, pacing, signing and error mapping all happen in Rust; this
// file shapes the API: promises, `for await` pagination, the connector single-flight and createMany.
import { WasmClient } from './nylas_agent_accounts.js';
import { toError } from './errors.js';
import { requestFields } from './request.js';
import { OPERATIONS } from './operations.js';
import { transport } from './transport.js';

const inspect = Symbol.for('nodejs.util.inspect.custom');

/** `await list()` gives the first page `{ data, nextCursor }`; `for await (const x of list())` walks every item. */
class ListCall {
  #fetchPage;
  constructor(fetchPage) { this.#fetchPage = fetchPage; }
  then(resolve, reject) { return this.#fetchPage(undefined).then(resolve, reject); }
  catch(reject) { return this.then(undefined, reject); }
  /**
   * Every page in turn, one request ahead: an empty page only when the whole list is empty, and the
   * last page's `nextCursor` is null even when offset paging could only learn that from the next page.
   */
  async *pages() {
    let page = await this.#fetchPage(undefined);
    let yielded = false;
    while (page.nextCursor) {
      const next = await this.#fetchPage(page.nextCursor);
      if (next.data.length === 0 && !next.nextCursor) break;
      if (page.data.length > 0) {
        yield page;
        yielded = true;
      }
      page = next;
    }
    if (page.data.length > 0 || !yielded) yield { ...page, nextCursor: null };
  }
  async *[Symbol.asyncIterator]() {
    for await (const page of this.pages()) yield* page.data;
  }
}


export class AgentAccounts {
  #core;
  #connectorReady = null;
  #description;

  constructor(options = {}) {
    const { fetch, onRetry, ...rest } = options ?? {};
    const hook = (value) => (typeof value === 'function' ? value : undefined);
    try {
      // The hooks cross as their `typeof`: Rust refuses one that is not a function, with the other options.
      this.#core = new WasmClient(JSON.stringify({ ...rest, fetch: typeof fetch, onRetry: typeof onRetry }),
        transport(hook(fetch)), hook(onRetry));
    } catch (thrown) {
      throw toError(thrown);
    }
    this.#description = { region: rest.region ?? (rest.apiUri ? undefined : 'us'), apiUri: rest.apiUri };
    // Every method comes from the operation list generated from Rust (src/client/methods.rs): its
    // name says where it goes, its shape how its arguments become the call's. Only the composed ones,
    // which have steps only JavaScript can take, are written here.
    const list = (fetchPage) => new ListCall(fetchPage);
    const shapes = {
      nothing: (op) => (opts) => this.#call(op, {}, opts),
      filter: (op) => (filter, opts) => list((cursor) => this.#call(op, { filter, cursor }, opts)),
      idFilter: (op) => (id, filter, opts) => list((cursor) => this.#call(op, { id, filter, cursor }, opts)),
      id: (op) => (id, opts) => this.#call(op, { id }, opts),
      body: (op) => (body, opts) => this.#call(op, { body }, opts),
      idBody: (op) => (id, body, opts) => this.#call(op, { id, body }, opts),
      idType: (op) => (id, type, opts) => this.#call(op, { id, type }, opts),
      idItems: (op) => (id, items, opts) => this.#call(op, { id, body: { items } }, opts),
    };
    const composed = {
      'accounts.create': (request, opts) => this.#createAccount('accounts.create', request, opts).then((r) => r.account),
      'accounts.createMany': (requests, opts) => this.#createMany(requests, opts),
      'accounts.resetAppPassword': (idOrEmail, password, opts) => this.#call('accounts.update', { id: idOrEmail, body: { appPassword: String(password ?? '') } }, opts),
      'connector.ensure': (opts) => this.#ensureConnector(opts),
    };
    for (const [op, shape] of OPERATIONS) {
      const path = op.split('.');
      const method = path.pop();
      let target = this;
      for (const key of path) target = (target[key] ??= {});
      target[method] = shape === 'composed' ? composed[op] : shapes[shape](op);
    }
  }

  #call(op, args, opts) {
    const signal = opts?.signal;
    return this.#core.call(op, JSON.stringify(args ?? {}), signal ?? undefined).then(
      (json) => (json === 'null' ? undefined : JSON.parse(json)),
      (thrown) => { throw toError(thrown); },
    );
  }

  /** One `connector.ensure` at a time, remembered once it succeeds: 20 concurrent creates make one. */
  #ensureConnector(opts) {
    this.#connectorReady ??= this.#call('connector.ensure', {}, opts).catch((error) => {
      this.#connectorReady = null;
      throw error;
    });
    return this.#connectorReady;
  }

  /** Runs the create operation `op` (see src/client/dispatch.rs): `{ outcome, account }`. */
  async #createAccount(op, request, opts) {
    const { onExisting, prior, signal } = opts ?? {};
    const fields = requestFields(request);
    await this.#call('accounts.preflight', { body: fields }, { signal });
    await this.#ensureConnector({ signal });
    return this.#call(op, { body: fields, onExisting, prior }, { signal });
  }

  /**
   * Creates many accounts under the rate limit, `concurrency` at a time, never stopping at a failure.
   * Resolves with one result per request, in order: `{ index, email, status: 'created' | 'existed' |
   * 'updated' | 'failed', account?, error? }`. One pass over the accounts list first says which
   * addresses exist; by default (`onExisting: 'skip'`) those are reported `existed` and left unchanged.
   */
  async #createMany(requests, { concurrency = 8, onProgress, signal, onExisting } = {}) {
    // Rust checks the batch (an array, the concurrency, onExisting) before the pass; a refusal is
    // INVALID_ARGUMENT, which stops the batch.
    const emails = Array.isArray(requests) ? requests.map((request) => requestFields(request).email ?? '') : null;
    let priors = [];
    try {
      ({ priors } = await this.#call('accounts.lookupMany', { body: emails, onExisting, concurrency }, { signal }));
    } catch (error) {
      // Without the pass each create looks its address up itself: slower, never less safe.
      if (error.code === 'INVALID_ARGUMENT' || error.code === 'ABORTED') throw error;
    }
    const results = new Array(requests.length);
    const counts = { done: 0, total: requests.length, created: 0, existed: 0, updated: 0, failed: 0 };
    let next = 0;
    const one = async (index) => {
      const email = emails[index];
      try {
        const { outcome, account } = await this.#createAccount('accounts.createInBatch', requests[index],
          { onExisting, prior: priors[index], signal });
        results[index] = { index, email, status: outcome, account };
      } catch (error) {
        results[index] = { index, email, status: 'failed', error };
      }
      counts[results[index].status] += 1;
      counts.done += 1;
      try { onProgress?.({ ...counts, last: results[index] }); } catch { /* a throwing hook must not stop the batch */ }
    };
    const worker = async () => { while (next < requests.length) await one(next++); };
    await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, worker));
    return results;
  }

  toJSON() { return { client: 'AgentAccounts', ...this.#description }; }
  toString() { return `AgentAccounts(${this.#description.apiUri ?? this.#description.region})`; }
  [inspect]() { return this.toString(); }
}
