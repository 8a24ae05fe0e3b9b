//! Layer `cose`: a COSE_Sign1 (RFC 9052 §4.2) decoded by coset and verified with p256, ed25519-dalek
//! or hbs-lms through coset's `verify_signature` and `verify_detached_signature`, which build the
//! Sig_structure (RFC 9052 §4.4).
//!
//! coset is a library of COSE types: it decodes and encodes, and leaves every decision to its caller.
//! The glue here makes only the decisions a caller of coset must make to verify at all:
//! - which primitive: from the `alg` of the protected header, else of the unprotected one (RFC 9052
//!   §3.1 allows either); a message with no `alg` cannot be verified (`HEADER_INVALID`);
//! - the caller's allowed algorithm (the request's `algorithm`), as an application applies it
//!   (`UNSUPPORTED_ALGORITHM`);
//! - which trusted key: each in turn, its type fitting the primitive (`ALGORITHM_KEY_MISMATCH`);
//! - the payload: the embedded one, else the detached one given with the request.
//! It does not add the checks coset leaves undone (crit, a label in both buckets, the key's own alg
//! or key_ops), so the verdicts on those show what a coset-based verifier does unless its author adds
//! them.

use coset::iana::EnumI64;
use coset::{CborSerializable, RegisteredLabelWithPrivate, TaggedCborSerializable};

use crate::keys::PublicKey;
use crate::outcome::{Outcome, Reason, Verdict};
use crate::primitives::{self, Ed25519Check, Family};
use crate::request::CoseRequest;

/// The COSE identifiers of the algorithms of the suite (RFC 9053, RFC 9864, RFC 8778).
pub fn cose_id(name: &str) -> Option<i64> {
    match name {
        "ES256" => Some(-7),
        "ESP256" => Some(-9),
        "EdDSA" => Some(-8),
        "Ed25519" => Some(-19),
        "HSS-LMS" => Some(-46),
        _ => None,
    }
}

pub fn verify(request: &CoseRequest, ed25519: Ed25519Check) -> Outcome {
    match verified(request, ed25519) {
        Ok(outcome) | Err(outcome) => outcome,
    }
}

fn verified(request: &CoseRequest, ed25519: Ed25519Check) -> Verdict<Outcome> {
    let message = decode(&request.cose_sign1)?;
    let alg = algorithm(&message)?;
    if let Some(allowed) = &request.algorithm {
        if cose_id(allowed) != Some(alg) {
            return Err(Outcome::reject(Reason::UnsupportedAlgorithm, format!(
                "the caller allows only {allowed}; the message's alg is {alg}")));
        }
    }
    let family = Family::of_cose_id(alg).ok_or_else(|| {
        Outcome::reject(Reason::UnsupportedAlgorithm, format!("alg {alg} is not one of -7, -9, -8, -19, -46, which this adapter verifies"))
    })?;
    let payload = match (&message.payload, &request.detached_payload) {
        (Some(_), _) => None,
        (None, Some(detached)) => Some(detached.as_slice()),
        (None, None) => return Err(Outcome::reject(Reason::BadStructure, "the payload is nil and no detached payload was given")),
    };
    if request.keys.is_empty() {
        return Err(Outcome::reject_unnamed("no trusted key was given, so nothing can verify the message"));
    }
    let mut failures = Vec::new();
    for (index, encoded) in request.keys.iter().enumerate() {
        let checked = PublicKey::decode(encoded).and_then(|key| {
            let check = |signature: &[u8], data: &[u8]| primitives::verify(family, &key, data, signature, ed25519);
            match payload {
                None => message.verify_signature(&request.external_aad, check),
                Some(detached) => message.verify_detached_signature(detached, &request.external_aad, check),
            }
        });
        match checked {
            Ok(()) if request.keys.len() == 1 => return Ok(Outcome::Accept(None)),
            Ok(()) => return Ok(Outcome::Accept(Some(format!("verified under trusted key {index}")))),
            Err(outcome) => failures.push(outcome),
        }
    }
    Err(combined(failures))
}

/// coset's decoding: tagged (18) when the message starts with that tag, else untagged (RFC 9052 §4.2
/// allows both). coset refuses trailing bytes and every shape error.
fn decode(bytes: &[u8]) -> Verdict<coset::CoseSign1> {
    let tagged = bytes.first() == Some(&0xd2);
    let decoded = if tagged { coset::CoseSign1::from_tagged_slice(bytes) } else { coset::CoseSign1::from_slice(bytes) };
    decoded.map_err(|error| {
        let reason = match error {
            coset::CoseError::DecodeFailed(_) | coset::CoseError::ExtraneousData => Reason::MalformedCbor,
            coset::CoseError::DuplicateMapKey => Reason::BadStructure,
            _ => Reason::BadStructure,
        };
        let call = if tagged { "coset CoseSign1::from_tagged_slice" } else { "coset CoseSign1::from_slice" };
        Outcome::reject(reason, format!("{call}: {error}"))
    })
}

fn algorithm(message: &coset::CoseSign1) -> Verdict<i64> {
    let alg = message.protected.header.alg.as_ref().or(message.unprotected.alg.as_ref());
    match alg {
        Some(RegisteredLabelWithPrivate::Assigned(alg)) => Ok(alg.to_i64()),
        Some(RegisteredLabelWithPrivate::PrivateUse(alg)) => Ok(*alg),
        Some(RegisteredLabelWithPrivate::Text(text)) => {
            Err(Outcome::reject(Reason::UnsupportedAlgorithm, format!("alg is the text {text:?}")))
        }
        None => Err(Outcome::reject(Reason::HeaderInvalid, "the message has no alg in either header bucket")),
    }
}

/// One outcome for a message no trusted key verified: each key's failure in the detail, and the
/// reason when all keys failed for the same one.
fn combined(mut failures: Vec<Outcome>) -> Outcome {
    if failures.len() == 1 {
        return failures.remove(0);
    }
    let mut reasons = failures.iter().map(|failure| match failure {
        Outcome::Reject(reason, _) => *reason,
        _ => None,
    });
    let first = reasons.next().flatten();
    let reason = if reasons.all(|reason| reason == first) { first } else { None };
    let detail = failures
        .iter()
        .enumerate()
        .map(|(index, failure)| match failure {
            Outcome::Reject(_, detail) | Outcome::Unsupported(detail) => format!("trusted key {index}: {detail}"),
            Outcome::Accept(_) => format!("trusted key {index}: accepted"),
        })
        .collect::<Vec<_>>()
        .join("; ");
    Outcome::Reject(reason, detail)
}
