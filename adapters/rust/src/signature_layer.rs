//! Layer `signature`: a raw signature over a message under one public key, checked by p256,
//! ed25519-dalek or hbs-lms directly, with no COSE around it.

use crate::keys::PublicKey;
use crate::outcome::{Outcome, Reason};
use crate::primitives::{self, Ed25519Check, Family};
use crate::request::SignatureRequest;

pub fn verify(request: &SignatureRequest, ed25519: Ed25519Check) -> Outcome {
    let Some(family) = Family::of_name(&request.algorithm) else {
        // an id no library here implements (ML-DSA-87, ES384, ...): a verifier refuses it
        return Outcome::reject(Reason::UnsupportedAlgorithm, format!(
            "algorithm {:?} is not one this adapter implements (ES256, ESP256, EdDSA, Ed25519, HSS-LMS)", request.algorithm));
    };
    let result = PublicKey::decode(&request.key)
        .and_then(|key| primitives::verify(family, &key, &request.message, &request.signature, ed25519));
    match result {
        Ok(()) => Outcome::Accept(None),
        Err(outcome) => outcome,
    }
}
