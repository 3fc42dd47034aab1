// The package, as a page imports it: its browser entry (the one the package's `exports` gives bundlers).
// The page's server serves pkg/ at /pkg/; a bundled page would import 'nylas-agent-accounts' instead.
export * from '/pkg/browser.js';
