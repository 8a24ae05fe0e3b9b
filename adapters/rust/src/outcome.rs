//! Raw outcomes of one request, as the protocol carries them (adapters/PROTOCOL.md, "Verify"): accept,
//! reject with an optional reason of the suite's closed taxonomy (vectors/README.md, "Reasons") and a
//! free-text detail, or unsupported.

use serde_json::{json, Map, Value};

/// The closed taxonomy of rejection reasons; an outcome can only name one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    MalformedCbor,
    ResourceLimit,
    BadStructure,
    HeaderInvalid,
    UnsupportedAlgorithm,
    AlgorithmKeyMismatch,
    BadKey,
    SignatureMalformed,
    SignatureInvalid,
    AuthenticationMissing,
    DigestMismatch,
    UnsupportedDigest,
    UnsupportedVersion,
    Rollback,
    ConditionFailed,
    UnsupportedCommand,
    Policy,
}

impl Reason {
    /// The reason as the protocol spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::MalformedCbor => "MALFORMED_CBOR",
            Reason::ResourceLimit => "RESOURCE_LIMIT",
            Reason::BadStructure => "BAD_STRUCTURE",
            Reason::HeaderInvalid => "HEADER_INVALID",
            Reason::UnsupportedAlgorithm => "UNSUPPORTED_ALGORITHM",
            Reason::AlgorithmKeyMismatch => "ALGORITHM_KEY_MISMATCH",
            Reason::BadKey => "BAD_KEY",
            Reason::SignatureMalformed => "SIGNATURE_MALFORMED",
            Reason::SignatureInvalid => "SIGNATURE_INVALID",
            Reason::AuthenticationMissing => "AUTHENTICATION_MISSING",
            Reason::DigestMismatch => "DIGEST_MISMATCH",
            Reason::UnsupportedDigest => "UNSUPPORTED_DIGEST",
            Reason::UnsupportedVersion => "UNSUPPORTED_VERSION",
            Reason::Rollback => "ROLLBACK",
            Reason::ConditionFailed => "CONDITION_FAILED",
            Reason::UnsupportedCommand => "UNSUPPORTED_COMMAND",
            Reason::Policy => "POLICY",
        }
    }
}

/// What the implementation decided about one request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Accept(Option<String>),
    Reject(Option<Reason>, String),
    Unsupported(String),
}

impl Outcome {
    pub fn reject(reason: Reason, detail: impl Into<String>) -> Outcome {
        Outcome::Reject(Some(reason), detail.into())
    }

    /// A rejection whose cause the library did not name: the detail says what it said.
    pub fn reject_unnamed(detail: impl Into<String>) -> Outcome {
        Outcome::Reject(None, detail.into())
    }

    /// The protocol answer to the request with this id.
    pub fn answer(&self, id: &str) -> Value {
        let mut answer = Map::new();
        answer.insert("id".into(), json!(id));
        let (kind, reason, detail) = match self {
            Outcome::Accept(detail) => ("accept", None, detail.clone()),
            Outcome::Reject(reason, detail) => ("reject", *reason, Some(detail.clone())),
            Outcome::Unsupported(detail) => ("unsupported", None, Some(detail.clone())),
        };
        answer.insert("outcome".into(), json!(kind));
        if let Some(reason) = reason {
            answer.insert("reason".into(), json!(reason.as_str()));
        }
        if let Some(detail) = detail {
            answer.insert("detail".into(), json!(detail));
        }
        Value::Object(answer)
    }
}

/// A rejection raised by the adapter's own glue, carried with `?` up to the layer that answers.
pub type Verdict<T> = Result<T, Outcome>;
