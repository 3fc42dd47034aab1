//! `validate_email_batch` over many addresses (`a 0xFF b 0xFF c …`; a leading 0xFE byte makes the
//! first field the default domain): expanded as `js/checks.js` does, every item equals
//! `validate_email`'s verdict, and each distinct domain and problem is sent once.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nylas_agent_accounts::EmailOptions;
use nylas_agent_accounts_fuzz::{check_batch, fields};

fuzz_target!(|data: &[u8]| {
    let (with_default, data) = match data.split_first() {
        Some((0xFE, rest)) => (true, rest),
        _ => (false, data),
    };
    let Some(mut inputs) = fields(data) else {
        return;
    };
    let mut options = EmailOptions::default();
    if with_default && !inputs.is_empty() {
        options.default_domain = Some(inputs.remove(0).to_string());
    }
    check_batch(&inputs, &options);
});
