// The package, as a page imports it: its browser entry (the one the package's `exports` gives bundlers).
// The page's server serves pkg/ beside the page (the demo build copies it there); a bundled page would
// import 'nylas-agent-accounts' instead. Relative, so the page works from any folder of a static host.
export * from '../pkg/browser.js';
