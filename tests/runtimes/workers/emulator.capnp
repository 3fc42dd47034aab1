# The in-process emulator in workerd: `workerd serve emulator.capnp`. No network service: nothing leaves
# the Worker.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .emulatorWorker)],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "main")],
);

const emulatorWorker :Workerd.Worker = (
  compatibilityDate = "2025-06-01",
  modules = [
    (name = "index.js", esModule = embed "src/emulator.js"),
    # The client's `workerd` entry and its wasm, then the emulator's entry and its own wasm (its relative
    # import resolves beside the entry's module name).
    (name = "nylas-agent-accounts", esModule = embed "node_modules/nylas-agent-accounts/worker.js"),
    (name = "nylas_agent_accounts_bg.wasm", wasm = embed "node_modules/nylas-agent-accounts/nylas_agent_accounts_bg.wasm"),
    (name = "nylas-agent-accounts/emulator", esModule = embed "node_modules/nylas-agent-accounts/emulator/worker.js"),
    (name = "nylas-agent-accounts/nylas_emulator_wasm_bg.wasm", wasm = embed "node_modules/nylas-agent-accounts/emulator/nylas_emulator_wasm_bg.wasm"),
  ],
);
