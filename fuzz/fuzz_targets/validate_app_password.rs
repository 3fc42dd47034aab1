//! `validate_app_password` on arbitrary text: exactly the broken rules are reported, in the rules'
//! order, valid iff none is, and no message depends on the password's characters (`check_password`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use nylas_agent_accounts_fuzz::check_password;

fuzz_target!(|data: &[u8]| {
    if let Ok(password) = std::str::from_utf8(data) {
        check_password(password);
    }
});
