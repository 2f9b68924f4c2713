//! Two-step sign-in: time-based one-time passwords and recovery codes.
//!
//! - Codes are TOTP (RFC 6238) as every authenticator app makes them:
//!   HMAC-SHA-1 (RFC 4226) over the number of 30-second steps since the
//!   Unix epoch, six digits, from a random 160-bit secret shown once in
//!   base32 and as an `otpauth://` URI (with a QR code drawn as SVG).
//! - A code is accepted for the current step or one step either side
//!   (clocks drift), and only for a step later than the last one accepted
//!   for the account ([`corridor_store::Store::accept_totp_step`]): a code
//!   seen once, by a shoulder or a proxy, cannot be used again.
//! - Recovery codes: ten random codes of ten characters (about 50 bits
//!   each) shown once when two-step sign-in is turned on, stored as
//!   SHA-256 and used once each.
//!
//! This module holds no state and does no I/O; the steps of signing in
//! that use it are in [`crate::auth`].

use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, Mac};
use rand::{Rng, RngCore};
use sha1::Sha1;
use sha2::{Digest, Sha256};

/// Seconds in one time step.
pub const STEP_SECS: i64 = 30;
/// Digits in a code.
pub const DIGITS: u32 = 6;
/// Steps accepted either side of the current one.
pub const DRIFT_STEPS: i64 = 1;
/// Recovery codes made when two-step sign-in is turned on.
pub const RECOVERY_CODES: usize = 10;
/// The issuer shown in authenticator apps.
pub const ISSUER: &str = "Corridor";

/// The characters of recovery codes: lower-case letters and digits without
/// the ones people confuse (0/o, 1/l/i).
const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// A TOTP secret. `Debug` never prints it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Vec<u8>);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(hidden)")
    }
}

impl Secret {
    /// A new random 160-bit secret (the size RFC 4226 recommends).
    pub fn generate() -> Secret {
        let mut bytes = vec![0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Secret(bytes)
    }

    /// Reads a base32 secret as apps show it: case, spaces, hyphens and
    /// `=` padding do not matter. `None` when it is not base32 or shorter
    /// than 80 bits.
    pub fn from_base32(text: &str) -> Option<Secret> {
        let clean: String = text
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '='))
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let bytes = BASE32_NOPAD.decode(clean.as_bytes()).ok()?;
        (bytes.len() >= 10).then_some(Secret(bytes))
    }

    /// The secret in base32, without padding (what is stored).
    pub fn to_base32(&self) -> String {
        BASE32_NOPAD.encode(&self.0)
    }

    /// The secret in groups of four, for a person to type.
    pub fn grouped(&self) -> String {
        let b32 = self.to_base32();
        b32.as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The time step of a Unix time.
pub fn step_at(unix_secs: i64) -> i64 {
    unix_secs.div_euclid(STEP_SECS)
}

/// The current time step.
pub fn current_step() -> i64 {
    step_at(chrono::Utc::now().timestamp())
}

/// HOTP (RFC 4226): the `digits`-digit value for `counter`.
pub fn hotp(key: &[u8], counter: u64, digits: u32) -> u32 {
    let mut mac = Hmac::<Sha1>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(&counter.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[hash.len() - 1] & 0x0f);
    let binary = u32::from_be_bytes([
        hash[offset] & 0x7f,
        hash[offset + 1],
        hash[offset + 2],
        hash[offset + 3],
    ]);
    binary % 10u32.pow(digits)
}

/// The six-digit code of `secret` for time step `step`.
pub fn code_at(secret: &Secret, step: i64) -> String {
    let counter = u64::try_from(step).unwrap_or(0);
    format!(
        "{:0width$}",
        hotp(&secret.0, counter, DIGITS),
        width = DIGITS as usize
    )
}

/// The code an authenticator app shows now.
pub fn current_code(secret: &Secret) -> String {
    code_at(secret, current_step())
}

/// What checking a code found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeCheck {
    /// The code of this step, later than any accepted before.
    Valid(i64),
    /// A right code, but of a step already used (a replay).
    Used,
    /// Not a code of this secret now.
    Wrong,
}

/// Checks `code` against `secret` at time step `now`, accepting one step
/// of drift either side and refusing steps up to `last_used`.
pub fn check_code(secret: &Secret, code: &str, now: i64, last_used: Option<i64>) -> CodeCheck {
    let code = normalise(code);
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return CodeCheck::Wrong;
    }
    let mut found = CodeCheck::Wrong;
    // Every candidate is computed and compared, so the time taken does not
    // say which step matched.
    for step in (now - DRIFT_STEPS)..=(now + DRIFT_STEPS) {
        if crate::auth::secrets_equal(&code_at(secret, step), &code) {
            found = match (found, last_used) {
                (CodeCheck::Valid(s), _) => CodeCheck::Valid(s),
                (_, Some(last)) if step <= last => CodeCheck::Used,
                _ => CodeCheck::Valid(step),
            };
        }
    }
    found
}

/// A code as typed, without spaces or hyphens.
pub fn normalise(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_lowercase()
}

/// The `otpauth://` URI authenticator apps read (from the QR code or a
/// link), naming the account by `account` (its e-mail).
pub fn otpauth_uri(secret: &Secret, account: &str) -> String {
    let label = format!("{ISSUER}:{account}");
    format!(
        "otpauth://totp/{}?secret={}&issuer={ISSUER}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
        percent_encode(&label),
        secret.to_base32(),
    )
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The URI as a QR code, an `<svg>` element to put inline in a page (no
/// script, no image request). Only the URI's bits are drawn; it carries no
/// text of its own.
pub fn qr_svg(uri: &str) -> Option<String> {
    let code = qrcode::QrCode::new(uri.as_bytes()).ok()?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build();
    // Drop the XML declaration: the element goes inside an HTML page.
    let start = svg.find("<svg")?;
    Some(svg[start..].to_string())
}

/// New recovery codes, as shown to the account holder (`xxxxx-xxxxx`).
pub fn new_recovery_codes() -> Vec<String> {
    let mut rng = rand::rngs::OsRng;
    (0..RECOVERY_CODES)
        .map(|_| {
            let chars: String = (0..10)
                .map(|_| RECOVERY_ALPHABET[rng.gen_range(0..RECOVERY_ALPHABET.len())] as char)
                .collect();
            format!("{}-{}", &chars[..5], &chars[5..])
        })
        .collect()
}

/// What is stored for a recovery code: the SHA-256 of the code as typed
/// without spaces, hyphens or capitals. (The codes are random and long, so
/// a fast hash is enough.)
pub fn recovery_hash(code: &str) -> String {
    hex::encode(Sha256::digest(normalise(code).as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B's SHA-1 key.
    fn rfc_secret() -> Secret {
        Secret(b"12345678901234567890".to_vec())
    }

    #[test]
    fn hotp_matches_rfc_4226_appendix_d() {
        let expected = [
            755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489,
        ];
        for (counter, value) in expected.into_iter().enumerate() {
            assert_eq!(hotp(&rfc_secret().0, counter as u64, 6), value);
        }
    }

    #[test]
    fn totp_matches_rfc_6238_appendix_b_sha1() {
        // (Unix time, eight-digit TOTP) from the RFC's table, SHA-1 rows.
        for (time, value) in [
            (59, 94287082),
            (1111111109, 7081804),
            (1111111111, 14050471),
            (1234567890, 89005924),
            (2000000000, 69279037),
            (20000000000, 65353130),
        ] {
            let counter = step_at(time) as u64;
            assert_eq!(hotp(&rfc_secret().0, counter, 8), value, "T = {time}");
            // The six-digit code is the last six digits.
            assert_eq!(
                code_at(&rfc_secret(), step_at(time)),
                format!("{:06}", value % 1_000_000)
            );
        }
    }

    #[test]
    fn codes_are_accepted_with_one_step_of_drift_and_never_twice() {
        let s = rfc_secret();
        let now = step_at(1234567890);
        for step in [now - 1, now, now + 1] {
            assert_eq!(
                check_code(&s, &code_at(&s, step), now, None),
                CodeCheck::Valid(step)
            );
        }
        for step in [now - 2, now + 2] {
            assert_eq!(
                check_code(&s, &code_at(&s, step), now, None),
                CodeCheck::Wrong
            );
        }
        // Once a step is used, it and earlier ones are refused.
        assert_eq!(
            check_code(&s, &code_at(&s, now), now, Some(now)),
            CodeCheck::Used
        );
        assert_eq!(
            check_code(&s, &code_at(&s, now - 1), now, Some(now)),
            CodeCheck::Used
        );
        assert_eq!(
            check_code(&s, &code_at(&s, now + 1), now, Some(now)),
            CodeCheck::Valid(now + 1)
        );
        // Spaces as apps show them are fine; other text is not a code.
        let spaced = code_at(&s, now);
        let spaced = format!("{} {}", &spaced[..3], &spaced[3..]);
        assert_eq!(check_code(&s, &spaced, now, None), CodeCheck::Valid(now));
        assert_eq!(check_code(&s, "12345", now, None), CodeCheck::Wrong);
        assert_eq!(check_code(&s, "abcdef", now, None), CodeCheck::Wrong);
    }

    #[test]
    fn secrets_read_back_from_base32_as_typed() {
        let s = Secret::generate();
        assert_eq!(s.0.len(), 20);
        assert_eq!(s.to_base32().len(), 32);
        assert_eq!(Secret::from_base32(&s.to_base32()), Some(s.clone()));
        assert_eq!(
            Secret::from_base32(&s.grouped().to_lowercase()),
            Some(s.clone())
        );
        assert_eq!(Secret::from_base32("not base32!"), None);
        assert_eq!(Secret::from_base32("JBSWY3DP"), None, "too short");
        assert_eq!(format!("{s:?}"), "Secret(hidden)");
    }

    #[test]
    fn the_uri_names_issuer_account_and_parameters() {
        let s = rfc_secret();
        let uri = otpauth_uri(&s, "origin.mex@demo.corridor");
        assert_eq!(
            uri,
            format!(
                "otpauth://totp/Corridor%3Aorigin.mex%40demo.corridor?secret={}&issuer=Corridor&algorithm=SHA1&digits=6&period=30",
                s.to_base32()
            )
        );
        let svg = qr_svg(&uri).unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert!(!svg.contains("<script"));
    }

    #[test]
    fn recovery_codes_are_distinct_and_hashed_as_typed() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), RECOVERY_CODES);
        let c = &codes[0];
        assert_eq!(c.len(), 11);
        assert_eq!(recovery_hash(c), recovery_hash(&c.to_uppercase()));
        assert_eq!(recovery_hash(c), recovery_hash(&c.replace('-', " ")));
        assert_ne!(recovery_hash(c), recovery_hash(&codes[1]));
    }
}
