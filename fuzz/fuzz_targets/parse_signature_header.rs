//! `parse_signature_header` on arbitrary text. Invariants: it accepts exactly what its contract says
//! (after trimming, an optional `sha256=` in any case, then 64 hex digits), the bytes it returns are
//! those digits, and a header it accepts verifies only its own bytes under `constant_time_eq`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nylas_agent_accounts::{constant_time_eq, parse_signature_header};

fuzz_target!(|header: &str| {
    let trimmed = header.trim();
    let hex = if trimmed.len() >= 7
        && trimmed.is_char_boundary(7)
        && trimmed[..7].eq_ignore_ascii_case("sha256=")
    {
        &trimmed[7..]
    } else {
        trimmed
    };
    let well_formed = hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit());
    match parse_signature_header(header) {
        Some(bytes) => {
            assert!(well_formed, "accepted {header:?}");
            let lower: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            assert_eq!(lower, hex.to_ascii_lowercase());
            assert!(constant_time_eq(&bytes, &bytes));
            let mut other = bytes;
            other[31] ^= 1;
            assert!(!constant_time_eq(&bytes, &other));
        }
        None => assert!(!well_formed, "refused {header:?}"),
    }
});
