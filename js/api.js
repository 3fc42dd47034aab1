// The public functions of the main entry: the local checks, the API client and the webhook helpers.
// `nylas-agent-accounts/checks` is js/checks.js alone, with a wasm built without the client.
export * from './checks.js';
export { ApiError, NetworkError, TimeoutError, AbortError } from './errors.js';
export { AgentAccounts } from './client.js';
export * from './webhooks.js';
