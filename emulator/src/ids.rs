//! Identifiers, random tokens and the clock, from the host's services ([`crate::host`]).

use crate::host::{fill_random, unix_millis};

/// A random v4 UUID, the shape of every Nylas object id.
pub fn new_uuid() -> String {
    let mut bytes = [0u8; 16];
    fill_random(&mut bytes);
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

/// `len` random characters of `alphabet` (64 or fewer), without modulo bias.
fn random_from(alphabet: &[u8], len: usize) -> String {
    let mut out = String::with_capacity(len);
    let zone = 256 - 256 % alphabet.len();
    while out.len() < len {
        let mut buf = [0u8; 64];
        fill_random(&mut buf);
        for b in buf {
            if usize::from(b) < zone && out.len() < len {
                out.push(char::from(alphabet[usize::from(b) % alphabet.len()]));
            }
        }
    }
    out
}

/// `len` random alphanumeric characters (webhook secrets, verification tokens).
pub fn random_token(len: usize) -> String {
    random_from(
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
        len,
    )
}

/// `len` random lowercase hex characters.
pub fn random_hex(len: usize) -> String {
    random_from(b"0123456789abcdef", len)
}

/// Unix seconds now: every Nylas timestamp is in seconds.
pub fn now_secs() -> i64 {
    i64::try_from(unix_millis() / 1000).unwrap_or(i64::MAX)
}

/// Whether `s` is a UUID (any version, hyphenated).
pub fn is_uuid(s: &str) -> bool {
    uuid::Uuid::try_parse(s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_have_the_asked_length_and_alphabet() {
        let t = random_token(40);
        assert_eq!(t.len(), 40);
        assert!(t.bytes().all(|b| b.is_ascii_alphanumeric()));
        let h = random_hex(33);
        assert_eq!(h.len(), 33);
        assert!(h
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    }

    #[test]
    fn uuids_are_version_4() {
        let id = new_uuid();
        assert!(is_uuid(&id));
        assert_eq!(
            uuid::Uuid::try_parse(&id).map(|u| u.get_version_num()).ok(),
            Some(4)
        );
    }
}
