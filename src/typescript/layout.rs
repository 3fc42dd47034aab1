//! How a generated declaration is laid out, shared by `src/typescript.rs` and
//! `emulator/src/typescript.rs` (which includes this file by path: both are test-only, and ts-rs is a
//! dev-dependency, so no crate could export it).

use ts_rs::{Config, TS};

/// `T`'s declaration as `export type Name = …;` with its doc comment, its fields one per line and
/// indented, and rustdoc links (`` [`x`] ``) made plain code.
pub(crate) fn declare_with<T: TS>(config: &Config) -> String {
    let raw = format!(
        "{}export {}",
        T::docs().unwrap_or_default(),
        T::decl(config)
    )
    .replace("[`", "`")
    .replace("`]", "`")
    .replace(", };", ",\n};");
    let mut out = String::new();
    let mut inside = false;
    for line in raw.lines().map(str::trim_end) {
        let field = inside && line != "};";
        out.push_str(if field { "  " } else { "" });
        out.push_str(if field && line.starts_with('*') {
            " "
        } else {
            ""
        });
        out.push_str(line);
        out.push('\n');
        inside |= line.starts_with("export type") && line.ends_with('{');
    }
    out
}
