# The checks alone in workerd: `workerd serve checks.capnp`. No network service: the checks make no request.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .checksWorker)],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "main")],
);

const checksWorker :Workerd.Worker = (
  compatibilityDate = "2025-06-01",
  modules = [
    (name = "index.js", esModule = embed "src/checks.js"),
    # The `workerd` entry of `nylas-agent-accounts/checks` and the checks-only wasm it imports (its
    # relative import resolves beside the entry's module name).
    (name = "nylas-agent-accounts/checks", esModule = embed "node_modules/nylas-agent-accounts/checks/worker.js"),
    (name = "nylas-agent-accounts/nylas_agent_accounts_bg.wasm", wasm = embed "node_modules/nylas-agent-accounts/checks/nylas_agent_accounts_bg.wasm"),
  ],
);
