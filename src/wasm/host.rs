//! What the JavaScript host provides for free: its WHATWG `URL` parser (UTS #46 domain-to-ASCII), as
//! the core's `crate::idn::Host`. The rules the result must meet are the core's (`crate::idn`).

use crate::hash_index::HashIndex;
use std::cell::RefCell;

/// Conversions remembered between calls: a form validating as the user types, or a list of addresses,
/// asks for the same few domains again and again, and each conversion is a trip through JavaScript.
const REMEMBERED: usize = 256;

/// The conversions remembered: each domain with its result, indexed by the domain's hash (the checks'
/// one map type, `crate::hash_index`).
#[derive(Default)]
struct Converted {
    index: HashIndex,
    entries: Vec<(String, Option<String>)>,
}

thread_local! {
    static CONVERTED: RefCell<Converted> = RefCell::new(Converted::default());
}

/// The JavaScript host's services for the core (`crate::idn::Host`): its `URL` parser for UTS #46.
/// Randomness keeps the default, `getrandom` over `crypto.getRandomValues`.
pub(crate) struct JsHost;

impl crate::idn::Host for JsHost {
    /// Converts a domain with the host's URL parser, which applies UTS #46 non-transitional processing
    /// as the URL standard specifies. The core checks the result's A-labels (`crate::idn`).
    fn domain_to_ascii(&self, domain: &str) -> Option<String> {
        let hash = HashIndex::hash(domain);
        let known = CONVERTED.with(|c| {
            let cache = c.borrow();
            let (seen, converted) = cache.entries.get(cache.index.get(hash)?)?;
            (seen == domain).then(|| converted.clone())
        });
        if let Some(known) = known {
            return known;
        }
        let converted = host_to_ascii(domain);
        CONVERTED.with(|c| {
            let mut cache = c.borrow_mut();
            if cache.entries.len() >= REMEMBERED {
                cache.entries.clear();
                cache.index.clear();
            }
            let at = cache.entries.len();
            cache.index.insert(hash, at);
            cache.entries.push((domain.to_string(), converted.clone()));
        });
        converted
    }
}

/// A trailing `.a` label is added and removed again: the URL standard reads a host whose last label
/// looks like a number (`0x7f`, `123`) as an IPv4 address and rejects it, which is not a UTS #46 verdict.
fn host_to_ascii(domain: &str) -> Option<String> {
    let text = format!("http://{domain}.a/");
    // Asked first, so that `new URL` is only called when it succeeds: each exception it throws leaves
    // a slot in wasm-bindgen's externref table that is never freed (20,000 distinct bad domains grew
    // it by 32,000 slots; tests/js/checks-memory.test.mjs).
    if has_can_parse() && !url_can_parse(&text) {
        return None;
    }
    let url = web_sys::Url::new(&text).ok()?;
    url.hostname().strip_suffix(".a").map(str::to_string)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `URL.canParse` (Node 19.9+, Deno, Bun, workerd, browsers since 2023).
    #[wasm_bindgen(js_namespace = URL, js_name = canParse)]
    fn url_can_parse(input: &str) -> bool;

    /// The same function as a value, `undefined` on hosts without it.
    #[wasm_bindgen(thread_local_v2, js_namespace = URL, js_name = canParse)]
    static CAN_PARSE: wasm_bindgen::JsValue;
}

/// Whether the host has `URL.canParse`; without it (older browsers) the constructor alone decides.
fn has_can_parse() -> bool {
    CAN_PARSE.with(wasm_bindgen::JsValue::is_function)
}

/// The host's `btoa`, `atob` and `Date.parse` for the client's codecs: the wasm then links neither
/// the `base64` nor the `httpdate` crate.
#[cfg(feature = "client")]
impl crate::client::host::Codecs for JsHost {
    fn base64_encode(&self, bytes: &[u8]) -> String {
        // `btoa` takes a "binary string": one character per byte, U+0000 to U+00FF.
        let binary: String = bytes.iter().copied().map(char::from).collect();
        btoa(&binary).unwrap_or_default()
    }

    fn base64_decode(&self, text: &str) -> Option<Vec<u8>> {
        let binary = atob(text).ok()?;
        // Each character of `atob`'s result is one byte, so none exceeds U+00FF.
        binary.chars().map(|c| u8::try_from(c).ok()).collect()
    }

    fn http_date_ms(&self, text: &str) -> Option<f64> {
        // `Date.parse` reads a date without a zone as local time; HTTP's asctime form is UTC.
        let ms = if text.trim_end().ends_with("GMT") {
            js_sys::Date::parse(text)
        } else {
            js_sys::Date::parse(&format!("{text} GMT"))
        };
        ms.is_finite().then_some(ms)
    }
}

#[cfg(feature = "client")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `btoa`: throws on a character above U+00FF, which a binary string never has.
    #[wasm_bindgen(catch)]
    fn btoa(binary: &str) -> Result<String, wasm_bindgen::JsValue>;

    /// `atob`: throws on text that is not base64.
    #[wasm_bindgen(catch)]
    fn atob(text: &str) -> Result<String, wasm_bindgen::JsValue>;
}
