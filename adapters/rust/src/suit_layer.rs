//! Layer `suit`: a SUIT envelope verified by suit_validator and processed on the vector's device.
//!
//! **What suit_validator does** (`suit_decode`): it reads the tag (107 envelope, 1070 bare
//! manifest), decodes the envelope, checks the manifest digest of the authentication wrapper
//! (SHA-256, -384, -512) and verifies its first authentication block with cose_minicbor under the
//! trusted key set, before it hands the envelope to the integrator's handler. The handler gets the
//! decoded manifest: version, sequence number, common (components, shared sequence) and the command
//! sequences, each of which dispatches its conditions, directives and custom commands to handlers of
//! the integrator, decoded into the library's types (`SuitCondition`, `SuitDirective`,
//! `SuitParameters`, ...). `SuitDigest::suit_verify_digest` checks a digest over bytes.
//!
//! **What the glue does**, because suit_validator leaves it to the integrator (it has no device
//! state): see `machine.rs` for the processing of the command sequences, and `Processor` below for
//! the checks of the manifest as a whole:
//! - the trusted keys as the cose_minicbor key set the library takes (`key_set`);
//! - version 1 (draft-ietf-suit-manifest §8.4.1) and rollback: a sequence number lower than the
//!   device's is refused (§8.4.2), which the library's documentation lists among the security
//!   requirements ("Rollback Protection") without a check of its own;
//! - the manifest's components against the device's (§6.1, §6.2);
//! - the procedures of the vector's scope, run on the device state.
//! A bare manifest (tag 1070), which the library dispatches unauthenticated "for testing only", is
//! refused. A severed member the scope needs is `unsupported`: suit_validator 0.1.3 gives an
//! integrator no access to the envelope's severable members.

use cose_minicbor::cose_keys::{CoseAlg, CoseKey as KeySetEntry, CoseKeySetBuilder, Curve, KeyType};
use suit_validator::crypto::CoseCrypto;
use suit_validator::handler::SuitStartHandler;
use suit_validator::suit_manifest::{DigestOrCbor, SuitEnvelope, SuitManifest};
use suit_validator::SuitError;

use crate::keys::{PublicKey, HSS_LMS_KTY};
use crate::machine::{Machine, Sequence};
use crate::outcome::{Outcome, Reason, Verdict};
use crate::request::{Scope, SuitRequest};

/// Room for the encoded key set (cose_minicbor builds it in a fixed-capacity buffer).
const KEY_SET_CAPACITY: usize = 16 * 1024;

pub fn verify(request: &SuitRequest) -> Outcome {
    let keys = match key_set(&request.keys) {
        Ok(keys) => keys,
        Err(outcome) => return outcome,
    };
    let mut crypto = CoseCrypto::new(&keys);
    let mut processor = Processor { request, outcome: None };
    let decoded = suit_validator::suit_decode(&request.envelope, &mut processor, &mut crypto);
    match (decoded, processor.outcome) {
        (_, Some(outcome)) => outcome,
        (Ok(()), None) => Outcome::reject_unnamed("suit_decode returned without calling the handler"),
        (Err(error), None) => library_rejection("suit_validator suit_decode", &error),
    }
}

/// The trusted keys as the CBOR COSE_KeySet cose_minicbor looks keys up in. cose_minicbor uses a key
/// only when its `alg` names the algorithm it looks for (ES256 (-7) for both -7 and -9 messages,
/// Ed25519 (-19), HSS-LMS (-46)), so a key that comes without one gets the one its type is looked up
/// by; a key's own `alg` is passed on as it is.
pub fn key_set(keys: &[Vec<u8>]) -> Verdict<Vec<u8>> {
    let decoded = keys.iter().map(|key| PublicKey::decode(key)).collect::<Verdict<Vec<_>>>()?;
    let builder_error = |error: cose_minicbor::CoseError| {
        Outcome::reject(Reason::BadKey, format!("cose_minicbor CoseKeySetBuilder: {error}"))
    };
    let mut builder = CoseKeySetBuilder::<KEY_SET_CAPACITY>::try_new().map_err(builder_error)?;
    for key in &decoded {
        let (kty, default_alg) = match key.kty {
            2 => (KeyType::Ec2, CoseAlg::ES256),
            1 => (KeyType::Okp, CoseAlg::ED25519),
            HSS_LMS_KTY => (KeyType::HssLms, CoseAlg::HSSLMS),
            _ => return Err(Outcome::reject(Reason::BadKey, format!("cose_minicbor has no key type for {}", key.describe()))),
        };
        let mut entry = KeySetEntry::new(kty);
        entry.alg(match key.alg {
            None => default_alg,
            Some(-7) => CoseAlg::ES256,
            Some(-9) => CoseAlg::ES256P256,
            Some(-19) => CoseAlg::ED25519,
            Some(-46) => CoseAlg::HSSLMS,
            Some(other) => return Err(Outcome::reject(Reason::BadKey, format!("cose_minicbor cannot represent the key's alg {other}"))),
        });
        if !key.kid.is_empty() {
            entry.kid(&key.kid);
        }
        if kty == KeyType::HssLms {
            entry.k(key.hss.as_deref().unwrap_or_default()).map_err(builder_error)?;
        } else {
            match key.crv {
                Some(1) => entry.crv(Curve::P256),
                Some(6) => entry.crv(Curve::Ed25519),
                other => return Err(Outcome::reject(Reason::BadKey, format!("cose_minicbor has no curve {other:?} for a signature key"))),
            }
            .map_err(builder_error)?;
            entry.x(key.x.as_deref().unwrap_or_default()).map_err(builder_error)?;
            if let Some(y) = &key.y {
                entry.y(y.as_slice()).map_err(builder_error)?;
            } else if let Some(sign) = key.y_sign {
                entry.y(sign).map_err(builder_error)?;
            }
        }
        builder.push_key(entry).map_err(builder_error)?;
    }
    Ok(builder.into_bytes().map_err(builder_error)?.to_vec())
}

/// The integrator's start handler: suit_decode calls it once the manifest is authenticated.
struct Processor<'r> {
    request: &'r SuitRequest,
    outcome: Option<Outcome>,
}

impl SuitStartHandler for Processor<'_> {
    fn on_envelope<'a>(&mut self, envelope: SuitEnvelope<'a>) -> Result<(), SuitError> {
        self.outcome = Some(match self.process(&envelope) {
            Ok(()) => Outcome::Accept(None),
            Err(outcome) => outcome,
        });
        Ok(())
    }

    fn on_manifest<'a>(&mut self, _manifest: SuitManifest<'a>) -> Result<(), SuitError> {
        self.outcome = Some(Outcome::reject(
            Reason::AuthenticationMissing,
            "suit_decode dispatched a bare manifest (tag 1070), which suit_validator processes without authentication, for testing only",
        ));
        Ok(())
    }
}

impl Processor<'_> {
    fn process(&self, envelope: &SuitEnvelope<'_>) -> Verdict<()> {
        let device = &self.request.device;
        let manifest = envelope.manifest.get().map_err(|error| library_rejection("SuitEnvelope.manifest.get", &error.into()))?;
        if manifest.version != 1 {
            return Err(Outcome::reject(Reason::UnsupportedVersion, format!(
                "manifest version {} (draft-ietf-suit-manifest §8.4.1 defines version 1 only)", manifest.version)));
        }
        if manifest.sequence_number < device.sequence_number {
            return Err(Outcome::reject(Reason::Rollback, format!(
                "sequence number {} is below the device's {} (draft-ietf-suit-manifest §8.4.2)",
                manifest.sequence_number, device.sequence_number)));
        }
        if self.request.scope == Scope::Authenticate {
            return Ok(());
        }
        let common = manifest.common.get().map_err(|error| library_rejection("SuitManifest.common.get", &error.into()))?;
        let mut components = Vec::new();
        for component in common.components.get().map_err(|error| library_rejection("SuitComponents.get", &error))? {
            let component = component.map_err(|error| library_rejection("SuitComponents.get", &error.into()))?;
            let mut id = Vec::new();
            for part in component.get().map_err(|error| library_rejection("SuitComponentIdentifier.get", &error))? {
                let part = part.map_err(|error| library_rejection("SuitComponentIdentifier.get", &error.into()))?;
                id.push(part.to_vec());
            }
            components.push(id);
        }
        let mut machine = Machine::new(device, &components, integrated_payloads(envelope)?)?;
        let shared = common.shared_seq.as_ref().map(|shared| Sequence::Shared(shared.raw_bytes().to_vec()));
        let member = |name: &str, value: &Option<DigestOrCbor<'_, _>>| -> Verdict<Option<Sequence>> {
            match value {
                None => Ok(None),
                Some(DigestOrCbor::Cbor(sequence)) => Ok(Some(Sequence::Commands(suit_validator::suit_manifest::BstrSuitCommandSequence::raw_bytes(sequence).to_vec()))),
                Some(DigestOrCbor::Digest(_)) => Err(Outcome::Unsupported(format!(
                    "{name} is severed (only its digest is in the manifest); suit_validator 0.1.3 gives an integrator no access to the \
                     envelope's severable members (SuitEnvelope.manifest_members is private), so the adapter cannot process it"))),
            }
        };
        let plain = |value: &Option<suit_validator::suit_manifest::BstrSuitCommandSequence<'_>>| {
            value.as_ref().map(|sequence| Sequence::Commands(sequence.raw_bytes().to_vec()))
        };
        if self.request.scope == Scope::Applicability {
            return machine.run_procedure(&[shared]);
        }
        let update = [shared.clone(), member("suit-payload-fetch (16)", &manifest.payload_fetch)?, member("suit-install (20)", &manifest.install)?, plain(&manifest.validate)];
        machine.run_procedure(&update)?;
        if self.request.scope == Scope::Boot {
            machine.run_procedure(&[shared, plain(&manifest.validate), plain(&manifest.load), plain(&manifest.invoke)])?;
        }
        Ok(())
    }
}

/// The integrated payloads suit_validator decodes (`SuitEnvelope.payload`, its envelope key 5, each a
/// `[uri, bstr]` pair), by URI.
fn integrated_payloads(envelope: &SuitEnvelope<'_>) -> Verdict<Vec<(String, Vec<u8>)>> {
    let Some(payloads) = &envelope.payload else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for payload in payloads.get().map_err(|error| library_rejection("SuitEnvelope.payload.get", &error.into()))? {
        let payload = payload.map_err(|error| library_rejection("SuitEnvelope.payload.get", &error.into()))?;
        out.push((payload.key.to_owned(), payload.value.to_vec()));
    }
    Ok(out)
}

/// A rejection for an error suit_validator returned from `call`. The library's error type is opaque
/// apart from its message and three predicates; a reason is given where the message names the failed
/// check plainly.
pub fn library_rejection(call: &str, error: &SuitError) -> Outcome {
    let text = error.to_string();
    let reason = if text.contains("Invalid Digest") {
        Some(Reason::DigestMismatch)
    } else if text.contains("Unexpected alg for digest verifying") {
        Some(Reason::UnsupportedDigest)
    } else if text.contains("cryptographic verification was unsuccessful") {
        Some(Reason::SignatureInvalid)
    } else if text.contains("Unexpected alg for signature verifying") {
        Some(Reason::UnsupportedAlgorithm)
    } else if error.is_out_of_space() {
        Some(Reason::ResourceLimit)
    } else if error.is_unknown_op() {
        Some(Reason::UnsupportedCommand)
    } else {
        None
    };
    Outcome::Reject(reason, format!("{call}: {text}"))
}
