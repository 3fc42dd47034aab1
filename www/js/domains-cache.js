// The registered domains, loaded once and shared by the views that check addresses against them.
let cached = null;

/** Every registered domain (all pages); `fresh` reloads after a change. */
export function registeredDomains(client, { fresh = false } = {}) {
  if (fresh || !cached) {
    cached = (async () => {
      const all = [];
      for await (const domain of client.domains.list()) all.push(domain);
      return all;
    })();
    cached.catch(() => { cached = null; }); // a failed load is retried next time, not remembered
  }
  return cached;
}

/** Forgets the list (after a domain is registered or verified). */
export function forgetDomains() {
  cached = null;
}
