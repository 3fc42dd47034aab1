//! `validate_email` without options on arbitrary text: the verdict's invariants (`check_email`), and
//! agreement of `encode_single` and a one-item batch with it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nylas_agent_accounts::EmailOptions;
use nylas_agent_accounts_fuzz::check_email;

fuzz_target!(|data: &[u8]| {
    if let Ok(input) = std::str::from_utf8(data) {
        check_email(input, &EmailOptions::default());
    }
});
