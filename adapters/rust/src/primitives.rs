//! The three signature primitives, shared by the signature and cose layers: ECDSA P-256 with SHA-256
//! (p256), Ed25519 (ed25519-dalek, `verify` or `verify_strict`) and HSS-LMS (hbs-lms). Each call goes
//! to the library as it is; the errors the libraries return become reasons only where they say
//! plainly what was wrong.

use hbs_lms::{Sha256_192, Sha256_256, Shake256_192, Shake256_256};
use p256::ecdsa::signature::Verifier;

use crate::keys::PublicKey;
use crate::outcome::{Outcome, Reason, Verdict};

/// Which of ed25519-dalek's two verification functions this adapter calls: `verify` for the adapter
/// named `rust`, `verify_strict` for `rust-strict`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ed25519Check {
    Verify,
    VerifyStrict,
}

/// A signature algorithm family; ES256/ESP256 and EdDSA/Ed25519 differ only in their COSE names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    EcdsaP256,
    Ed25519,
    HssLms,
}

impl Family {
    /// The family of a display name (adapters/PROTOCOL.md) or COSE algorithm identifier.
    pub fn of_name(name: &str) -> Option<Family> {
        match name {
            "ES256" | "ESP256" => Some(Family::EcdsaP256),
            "EdDSA" | "Ed25519" => Some(Family::Ed25519),
            "HSS-LMS" => Some(Family::HssLms),
            _ => None,
        }
    }

    pub fn of_cose_id(alg: i64) -> Option<Family> {
        match alg {
            -7 | -9 => Some(Family::EcdsaP256),
            -8 | -19 => Some(Family::Ed25519),
            -46 => Some(Family::HssLms),
            _ => None,
        }
    }
}

/// Verifies `signature` over `message` under `key` with the family's library.
pub fn verify(family: Family, key: &PublicKey, message: &[u8], signature: &[u8], ed25519: Ed25519Check) -> Verdict<()> {
    match family {
        Family::EcdsaP256 => {
            let key = key.p256()?;
            // Signature::from_slice takes r || s, 64 bytes, and refuses r or s equal to 0 or >= n.
            let signature = p256::ecdsa::Signature::from_slice(signature).map_err(|error| {
                Outcome::reject(Reason::SignatureMalformed, format!("p256 Signature::from_slice ({} bytes): {error}", signature.len()))
            })?;
            key.verify(message, &signature)
                .map_err(|error| Outcome::reject(Reason::SignatureInvalid, format!("p256 VerifyingKey::verify: {error}")))
        }
        Family::Ed25519 => {
            let key = key.ed25519()?;
            let signature = ed25519_dalek::Signature::from_slice(signature).map_err(|error| {
                Outcome::reject(Reason::SignatureMalformed, format!("ed25519-dalek Signature::from_slice: {error}"))
            })?;
            let (call, result) = match ed25519 {
                Ed25519Check::Verify => ("verify", key.verify(message, &signature)),
                Ed25519Check::VerifyStrict => ("verify_strict", key.verify_strict(message, &signature)),
            };
            result.map_err(|error| {
                let text = error.to_string();
                // dalek's error says which check failed; only the equation itself is a plain "invalid"
                let reason = if text.contains("Verification equation was not satisfied") {
                    Some(Reason::SignatureInvalid)
                } else {
                    None
                };
                Outcome::Reject(reason, format!("ed25519-dalek VerifyingKey::{call}: {text}"))
            })
        }
        Family::HssLms => {
            let public = key.hss_lms()?;
            hss_verify(public, message, signature)
        }
    }
}

/// hbs-lms verifies under one hash function, chosen by the caller as a type parameter. This glue
/// chooses it from the LMS type code of the top-level tree in the public key (RFC 8554 §5.3, RFC 9858
/// §3 and §4): SHA-256 or SHAKE256, n = 32 or 24. A key too short to hold a type code, or with a code
/// hbs-lms does not name, goes to hbs-lms as SHA-256/256, which refuses it.
fn hss_verify(public: &[u8], message: &[u8], signature: &[u8]) -> Verdict<()> {
    let typecode = public.get(4..8).map(|bytes| u32::from_be_bytes(bytes.try_into().expect("four bytes")));
    let (name, result) = match typecode {
        Some(0x0a..=0x0e) => ("Sha256_192", hbs_lms::verify::<Sha256_192>(message, signature, public)),
        Some(0x0f..=0x13) => ("Shake256_256", hbs_lms::verify::<Shake256_256>(message, signature, public)),
        Some(0x14..=0x18) => ("Shake256_192", hbs_lms::verify::<Shake256_192>(message, signature, public)),
        _ => ("Sha256_256", hbs_lms::verify::<Sha256_256>(message, signature, public)),
    };
    // hbs-lms returns one opaque error for a malformed signature or key and for a wrong one
    result.map_err(|error| Outcome::reject_unnamed(format!("hbs-lms verify::<{name}>: {error}")))
}
