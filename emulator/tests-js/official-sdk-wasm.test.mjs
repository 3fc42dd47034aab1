// The official Nylas Node SDK's test (official-sdk.test.mjs), unmodified in its cases, against the
// in-process wasm emulator of nylas-agent-accounts/emulator instead of the native binary.
process.env.NYLAS_EMULATOR_HOST = 'wasm';
await import('./official-sdk.test.mjs');
