//! The client's objects and methods as TypeScript declares them (`src/typescript.rs` writes them into
//! `js/*.generated.d.ts`). Compiled under `cfg(test)` only: the client passes the API's JSON through
//! (camelCased), so these types describe it for the declarations and cost the wasm nothing.

pub mod signatures;
