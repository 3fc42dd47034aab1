//! Punycode decoding (RFC 3492 §6.2), to check the `xn--` labels of a domain where the host's `URL`
//! passes them through unchecked (Chromium; Node checks them). No host exposes a decoder, and the `idna`
//! crate's (used natively) costs 10 KB of wasm for its sorting and small-vector code; this one is the
//! RFC's own loop. Natively the tests hold it to the `idna` crate's decoder.

const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 128;

/// The Unicode text a Punycode string (a label without its `xn--`) stands for, or `None` when it is not
/// valid Punycode (a bad digit, an overflow, a code point that is not a `char`).
pub(crate) fn decode(input: &str) -> Option<String> {
    // The basic code points stand before the last delimiter; the digits start after it, or at the
    // beginning when no basic code point was copied (a leading '-' is then a bad digit).
    let (basic, extended) = match input.rfind('-') {
        Some(at) if at > 0 => (&input[..at], &input[at + 1..]),
        _ => ("", input),
    };
    if !basic.is_ascii() {
        return None;
    }
    let mut output: Vec<char> = basic.chars().collect();
    let (mut n, mut i, mut bias) = (INITIAL_N, 0u32, INITIAL_BIAS);
    let mut digits = extended.bytes().peekable();
    while digits.peek().is_some() {
        let old_i = i;
        let mut weight = 1u32;
        let mut k = BASE;
        loop {
            let digit = digit_value(digits.next()?)?;
            i = i.checked_add(digit.checked_mul(weight)?)?;
            let t = k.saturating_sub(bias).clamp(T_MIN, T_MAX);
            if digit < t {
                break;
            }
            weight = weight.checked_mul(BASE - t)?;
            k = k.checked_add(BASE)?;
        }
        let length = u32::try_from(output.len()).ok()? + 1;
        bias = adapt(i - old_i, length, old_i == 0);
        n = n.checked_add(i / length)?;
        i %= length;
        output.insert(usize::try_from(i).ok()?, char::from_u32(n)?);
        i += 1;
    }
    Some(output.into_iter().collect())
}

fn digit_value(byte: u8) -> Option<u32> {
    match byte {
        b'a'..=b'z' => Some(u32::from(byte - b'a')),
        b'A'..=b'Z' => Some(u32::from(byte - b'A')),
        b'0'..=b'9' => Some(u32::from(byte - b'0') + 26),
        _ => None,
    }
}

fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    let mut delta = if first { delta / DAMP } else { delta / 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_the_rfc_samples_and_common_labels() {
        // RFC 3492 §7.1 (A) Arabic (Egyptian), (B) Chinese (simplified), (L) 3<nen>B<gumi><kinpachi><sensei>.
        assert_eq!(
            decode("egbpdaj6bu4bxfgehfvwxn").as_deref(),
            Some("ليهمابتكلموشعربي؟")
        );
        assert_eq!(
            decode("ihqwcrb4cv8a8dqg056pqjye").as_deref(),
            Some("他们为什么不说中文")
        );
        assert_eq!(
            decode("3B-ww4c5e180e575a65lsy2b").as_deref(),
            Some("3年B組金八先生")
        );
        assert_eq!(decode("bcher-kva").as_deref(), Some("bücher"));
        assert_eq!(decode("zca").as_deref(), Some("ß"));
    }

    #[test]
    fn bias_adaptation_turns_at_455() {
        // RFC 3492 §6.1: the loop divides while delta > ((base - tmin) * tmax) / 2 = 455, strictly.
        // Not first, 4 points: 728 / 2 = 364, plus 364 / 4 = 91, is exactly 455: no division, so
        // 36 · 455 / (455 + 38) = 33. One more (730 → 456) divides once: 36 + 36 · 13 / (13 + 38) = 45.
        assert_eq!(super::adapt(728, 4, false), 33);
        assert_eq!(super::adapt(730, 4, false), 45);
        // The first delta is damped by 700, not halved.
        assert_eq!(super::adapt(700 * 364, 4, true), 33);
        assert_eq!(super::adapt(0, 1, true), 0);
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn agrees_with_the_idna_crate() {
        let mut inputs: Vec<String> = [
            "",
            "-",
            "a",
            "a-",
            "-a",
            "0",
            "zz",
            "a-ecp",
            "acom-0w1b",
            "ssa",
            "4db",
            "u-ccb",
            "1ug",
            "a-yoc",
            "zn7c",
            "99999999999",
            "zzzzzzzzzzzzzz",
            "bcher-kva",
            "BCHER-KVA",
            "ab--c",
            "é-a",
            "mnchen-3ya",
            "maana-pta",
            "-> $1.00 <--",
            "wgbh1c",
            "mgbh0fb",
        ]
        .iter()
        .map(|s| (*s).to_string())
        .collect();
        // Every two-letter and digit-pair extended part, with and without a basic prefix.
        let alphabet: Vec<char> = ('a'..='z').chain('0'..='9').collect();
        for a in &alphabet {
            for b in &alphabet {
                inputs.push(format!("{a}{b}"));
                inputs.push(format!("x-{a}{b}a"));
            }
        }
        for input in &inputs {
            assert_eq!(
                decode(input),
                idna::punycode::decode_to_string(input),
                "{input:?}"
            );
        }
    }
}
