//! The types of the in-process emulator's hook answers, generated from the Rust types into
//! `js/emulator.generated.d.ts`: the test fails when the file is stale, and
//! `BLESS=1 cargo test -p nylas-emulator --lib typescript` rewrites it. `js/emulator.d.ts` (the entry:
//! `createEmulator`, its options and methods) is the small hand-written wrapper that scripts/dts.sh puts
//! before it in `pkg/emulator/index.d.ts`.
//!
//! The types derive `ts_rs::TS` only under `cfg(test)`: the derive costs the binary and the wasm nothing.
#![allow(clippy::unwrap_used)] // tests: a failed unwrap is a failed test

use crate::faults::{FaultKind, FaultRule, FaultSpec, Phase};
use crate::routes::hook_answers::{Delivered, DnsAnswer, Removed, Stats};
use crate::store::{
    AgentList, Connector, DnsRecord, Domain, Grant, ListItem, Store, Webhook, Workspace,
};
use crate::webhook_client::DeliveryReport;
use std::path::Path;
use ts_rs::{Config, TS};

const FILE: &str = "../js/emulator.generated.d.ts";
const HEADER: &str = "// Generated from the emulator's Rust types by emulator/src/typescript.rs: do not edit \
     (`BLESS=1 cargo test -p nylas-emulator --lib typescript` rewrites it).\n\n\
     // scripts/dts.sh puts it after js/emulator.d.ts into pkg/emulator/index.d.ts; no imports.\n\n";

/// The declaration layout of the main crate's generated types, shared by path (both are test-only).
#[path = "../../src/typescript/layout.rs"]
mod layout;

/// `export type Name = …;` with its doc comment, laid out as the main crate's are; numbers (u64, usize)
/// are JavaScript numbers, as `JSON.parse` gives them.
fn declare<T: TS>() -> String {
    layout::declare_with::<T>(&Config::new().with_large_int("number"))
}

#[test]
fn the_hook_answers_are_declared_from_rust() {
    let block = [
        declare::<FaultKind>(),
        declare::<Phase>(),
        declare::<FaultSpec>(),
        declare::<FaultRule>(),
        declare::<DnsRecord>(),
        declare::<DnsAnswer>(),
        declare::<DeliveryReport>(),
        declare::<Delivered>(),
        declare::<Removed>(),
        declare::<Stats>(),
        declare::<Grant>(),
        declare::<Connector>(),
        declare::<Workspace>(),
        declare::<ListItem>(),
        declare::<AgentList>(),
        declare::<Webhook>(),
        declare::<Domain>(),
        declare::<Store>(),
    ]
    .join("\n");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
    let expected = format!("{HEADER}{block}");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    assert!(
        std::fs::read_to_string(&path).unwrap_or_default() == expected,
        "js/emulator.generated.d.ts is stale: run BLESS=1 cargo test -p nylas-emulator --lib typescript"
    );
}
