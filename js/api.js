// The public functions of the main entry: the local checks, the API client, the webhook helpers and
// the bulk-import CSV header mapping.
// `nylas-agent-accounts/checks` is js/checks.js alone, with a wasm built without the client.
export * from './checks.js';
export { ApiError, NetworkError, TimeoutError, AbortError } from './errors.js';
export { AgentAccounts } from './client.js';
export * from './webhooks.js';
export { csvColumn } from './csv-columns.js';
