//! The types of the in-process emulator's hook answers in `js/emulator.d.ts`, generated from the Rust
//! types: the test fails when the file's generated block is stale, and
//! `BLESS=1 cargo test -p nylas-emulator --lib typescript` rewrites the block. The rest of the file (the
//! entry: `createEmulator`, its options and methods) is a small hand-written wrapper around it.
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

const FILE: &str = "../js/emulator.d.ts";
const BEGIN: &str =
    "// BEGIN generated from the emulator's Rust types by emulator/src/typescript.rs: do not edit \
     (`BLESS=1 cargo test -p nylas-emulator --lib typescript` rewrites it).\n";
const END: &str = "// END generated\n";

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
    let text = std::fs::read_to_string(&path).unwrap();
    let (head, rest) = text
        .split_once(BEGIN)
        .expect("js/emulator.d.ts has the BEGIN line");
    let (_, tail) = rest
        .split_once(END)
        .expect("js/emulator.d.ts has the END line");
    let expected = format!("{head}{BEGIN}{block}{END}{tail}");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    assert!(
        std::fs::read_to_string(&path).unwrap() == expected,
        "js/emulator.d.ts is stale: run BLESS=1 cargo test -p nylas-emulator --lib typescript"
    );
}
