# workerd without wrangler: `workerd serve config.capnp`, with NYLAS_API_KEY (and NYLAS_API_URI) set.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .agentAccountsWorker),
    # workerd blocks private addresses by default; "private" and "local" let the worker reach the
    # local emulator. Against the real API, the default (public only) is enough.
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "main")],
);

const agentAccountsWorker :Workerd.Worker = (
  compatibilityDate = "2025-06-01",
  modules = [
    (name = "index.js", esModule = embed "src/index.js"),
    # The package's `workerd` entry and the wasm it imports, by the names the imports use.
    (name = "nylas-agent-accounts", esModule = embed "node_modules/nylas-agent-accounts/worker.js"),
    (name = "nylas_agent_accounts_bg.wasm", wasm = embed "node_modules/nylas-agent-accounts/nylas_agent_accounts_bg.wasm"),
  ],
  bindings = [
    (name = "NYLAS_API_KEY", fromEnvironment = "NYLAS_API_KEY"),
    (name = "NYLAS_API_URI", fromEnvironment = "NYLAS_API_URI"),
  ],
  globalOutbound = "internet",
);
