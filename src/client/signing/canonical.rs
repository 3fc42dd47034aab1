//! Canonical JSON exactly as the Nylas Node SDK writes it (`canonicalJson` in `models/serviceAccount`):
//! object keys sorted at every level, no whitespace, strings and numbers as `JSON.stringify` writes them.
//!
//! Three details make it differ from `serde_json::to_string` on a sorted map, and each one changes the
//! signed bytes: keys sort by UTF-16 code units (JavaScript's default `sort()`), not by UTF-8 bytes;
//! a float with an integral value is written without `.0` (`1`, not `1.0`); and large or small floats
//! use JavaScript's exponent form (`1e+21`, `1e-7`), with plain decimals from 1e-6 up to 1e21.

use serde_json::{Number, Value};

/// JSON with keys sorted at every level (by UTF-16 code units, as JavaScript sorts) and no whitespace,
/// byte for byte what the Nylas Node SDK's `canonicalJson` produces for the same value.
///
/// Integers are written exactly; the SDK would first round one beyond 2^53 to a double, but such a
/// value can't come from JavaScript in the first place.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_value(value, &mut out);
    out
}

fn write_value(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => write_number(n, out),
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            sort_by_utf16(&mut entries);
            out.push('{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(key, out);
                out.push(':');
                write_value(item, out);
            }
            out.push('}');
        }
    }
}

/// Insertion sort by UTF-16 code units. serde_json's map already iterates in code-point order, which
/// differs from UTF-16 order only for keys holding characters from U+E000 up, so the entries arrive
/// sorted or nearly so and this is linear in practice; `sort_by` would link about 5 KB of wasm for it.
pub(super) fn sort_by_utf16(entries: &mut [(&String, &Value)]) {
    for i in 1..entries.len() {
        let mut j = i;
        while j > 0
            && entries[j - 1]
                .0
                .encode_utf16()
                .gt(entries[j].0.encode_utf16())
        {
            entries.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// `JSON.stringify` of a string: escapes `"`, `\` and control characters (short forms where JSON has
/// them, otherwise `\u00xx` in lowercase hex) and nothing else: not `/`, not DEL, not non-ASCII.
fn write_string(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let code = c as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[code >> 4]));
                out.push(char::from(HEX[code & 0xf]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write_number(n: &Number, out: &mut String) {
    if n.is_f64() {
        // serde_json prints a float's shortest round-trip digits (the same digits JavaScript picks);
        // only the layout around them differs.
        out.push_str(&js_number_layout(&n.to_string()));
    } else {
        out.push_str(&n.to_string());
    }
}

/// Re-lays out a decimal number (`-1.5e-7`, `100.0`, `1e21`) as ECMAScript `Number::toString` does
/// (ECMA-262 §6.1.6.1.20): digits `s` of length `k` with the decimal point after `n` of them.
pub(super) fn js_number_layout(text: &str) -> String {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.trim_start_matches('+').parse::<i64>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = int_part.chars().chain(frac_part.chars()).collect();
    let leading = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_start_matches('0').trim_end_matches('0');
    if digits.is_empty() {
        return "0".to_string(); // also -0, which JavaScript writes as 0
    }
    let k = digits.len() as i64;
    let n = int_part.len() as i64 + exponent - leading as i64;
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if k <= n && n <= 21 {
        out.push_str(digits);
        out.extend(std::iter::repeat_n('0', (n - k) as usize));
    } else if 0 < n && n <= 21 {
        let (head, tail) = digits.split_at(n as usize);
        out.push_str(head);
        out.push('.');
        out.push_str(tail);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-n) as usize));
        out.push_str(digits);
    } else {
        let (head, tail) = digits.split_at(1);
        out.push_str(head);
        if !tail.is_empty() {
            out.push('.');
            out.push_str(tail);
        }
        out.push('e');
        out.push(if n - 1 < 0 { '-' } else { '+' });
        out.push_str(&(n - 1).abs().to_string());
    }
    out
}
