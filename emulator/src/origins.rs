//! Which web origins may drive the emulator from a browser: loopback pages always, others only by flag.
//!
//! The emulator accepts a well-known default API key and its test hooks take no key at all, so a
//! CORS grant to every origin would let any web page a developer visits create accounts, read the
//! snapshot or reset the state. Only pages served from this machine get one, unless `--allow-origin`
//! says otherwise.

use url::{Host, Url};

/// The origins allowed by `--allow-origin`, on top of loopback ones.
#[derive(Debug, Clone, Default)]
pub struct AllowedOrigins {
    /// `--allow-origin '*'`: every origin.
    any: bool,
    /// Other origins, in their serialised form (`https://app.example:8443`).
    extra: Vec<String>,
}

impl AllowedOrigins {
    /// Reads the `--allow-origin` values; an error names a value that is not an origin.
    pub fn from_flags(flags: &[String]) -> Result<Self, String> {
        let mut allowed = Self::default();
        for flag in flags {
            if flag == "*" {
                allowed.any = true;
            } else {
                allowed.extra.push(serialized_origin(flag).ok_or_else(|| {
                    format!(
                        "--allow-origin {flag:?} is not an origin: use scheme://host[:port], \
                         e.g. https://app.example:8443, or * for every origin"
                    )
                })?);
            }
        }
        Ok(allowed)
    }

    /// Whether every origin is allowed (`--allow-origin '*'`).
    pub fn allows_any(&self) -> bool {
        self.any
    }

    /// Whether a page of this origin (an `Origin` header value) may call the emulator.
    pub fn allows(&self, origin: &str) -> bool {
        self.any || is_loopback_origin(origin) || self.extra.iter().any(|o| o == origin)
    }
}

/// `http://localhost`, `http://127.0.0.1` or `http://[::1]`, with any port, exactly as browsers
/// serialise an origin (so `http://localhost.evil.example` or `http://127.0.0.1@evil.example` never pass).
pub fn is_loopback_origin(origin: &str) -> bool {
    let Ok(url) = Url::parse(origin) else {
        return false;
    };
    let loopback_host = match url.host() {
        Some(Host::Domain(d)) => d == "localhost",
        Some(Host::Ipv4(ip)) => ip == std::net::Ipv4Addr::LOCALHOST,
        Some(Host::Ipv6(ip)) => ip == std::net::Ipv6Addr::LOCALHOST,
        None => false,
    };
    url.scheme() == "http" && loopback_host && url.origin().ascii_serialization() == origin
}

/// The serialised origin of a `--allow-origin` value, when it is one (no path, query or user).
fn serialized_origin(value: &str) -> Option<String> {
    let url = Url::parse(value).ok()?;
    let origin = url.origin();
    let bare = url.username().is_empty()
        && url.password().is_none()
        && matches!(url.path(), "" | "/")
        && url.query().is_none()
        && url.fragment().is_none();
    (origin.is_tuple() && bare).then(|| origin.ascii_serialization())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_origins_pass_and_look_alikes_do_not() {
        for ok in [
            "http://localhost:5173",
            "http://localhost",
            "http://127.0.0.1:3000",
            "http://[::1]:8080",
        ] {
            assert!(is_loopback_origin(ok), "{ok}");
        }
        for bad in [
            "https://evil.example",
            "http://localhost.evil.example",
            "http://127.0.0.1.nip.io:3000",
            "http://evil.example:4010",
            "https://localhost:5173", // only http by default; --allow-origin adds https ones
            "http://LOCALHOST:5173",  // never sent by a browser
            "http://localhost:5173/path",
            "null",
            "",
        ] {
            assert!(!is_loopback_origin(bad), "{bad}");
        }
    }

    #[test]
    fn flags_add_exact_origins_or_everything() {
        let none = AllowedOrigins::from_flags(&[]).unwrap();
        assert!(none.allows("http://localhost:1"));
        assert!(!none.allows("https://app.example"));
        let some = AllowedOrigins::from_flags(&["https://App.Example:8443/".into()]).unwrap();
        assert!(some.allows("https://app.example:8443"));
        assert!(!some.allows("https://app.example"));
        assert!(AllowedOrigins::from_flags(&["*".into()])
            .unwrap()
            .allows("https://anything.example"));
        assert!(AllowedOrigins::from_flags(&["app.example".into()]).is_err());
        assert!(AllowedOrigins::from_flags(&["https://app.example/x".into()]).is_err());
    }
}
