//! The implementation conformance statements (adapters/PROTOCOL.md, "The conformance statement"):
//! `rust` (ed25519-dalek `verify`, the suit layer and the taylor producer) and `rust-strict`
//! (ed25519-dalek `verify_strict`, the signature and cose layers only).

use serde_json::{json, Value};

use crate::primitives::Ed25519Check;

/// The versions the binary is built from; a test checks them against Cargo.lock.
pub const VERSIONS: &[(&str, &str)] = &[
    ("suit_validator", "0.1.3"),
    ("cose_minicbor", "0.1.1"),
    ("taylor", "0.2.2"),
    ("brody", "0.1.1"),
    ("coset", "0.4.2"),
    ("p256", "0.13.2"),
    ("ed25519-dalek", "2.2.0"),
    ("hbs-lms", "0.1.1"),
];

pub const MAX_MESSAGE_BYTES: u64 = 1024 * 1024;

const ALL: [&str; 5] = ["ES256", "ESP256", "EdDSA", "Ed25519", "HSS-LMS"];

pub fn statement(ed25519: Ed25519Check) -> Value {
    let version = VERSIONS.iter().map(|(name, version)| format!("{name} {version}")).collect::<Vec<_>>().join(", ");
    match ed25519 {
        Ed25519Check::Verify => json!({
            "implementation": "suit_validator+taylor+coset+RustCrypto+hbs-lms",
            "version": version,
            "coverage": [
                // ed25519-dalek `verify`: S < L and the cofactorless equation; small-order keys pass
                {"layer": "signature", "algorithms": ALL},
                {"layer": "cose", "algorithms": ALL},
                // cose_minicbor verifies -7, -9, -19 and -46; it has no EdDSA (-8). suit_validator's
                // minicbor decoding accepts maps in any key order, which is cbor-lenient; the glue's
                // rollback check refuses a lower sequence number only (draft §8.4.2), so not
                // suit-seq-strict. cose_minicbor calls ed25519-dalek `verify` too.
                {"layer": "suit", "algorithms": ["ES256", "ESP256", "Ed25519", "HSS-LMS"],
                 "profiles": ["ed25519-rfc8032", "cbor-lenient"]}
            ],
            // p256 accepts high-S signatures, so not ecdsa-low-s.
            "profiles": ["ed25519-rfc8032"],
            "operations": ["verify", "sign"],
            "limits": {"maxMessageBytes": MAX_MESSAGE_BYTES}
        }),
        Ed25519Check::VerifyStrict => json!({
            "implementation": "coset+RustCrypto+hbs-lms (ed25519-dalek verify_strict)",
            "version": version,
            // the suit layer is suit_validator's whichever Ed25519 function this adapter calls: it is
            // stated by `rust` only
            "coverage": [
                {"layer": "signature", "algorithms": ALL},
                {"layer": "cose", "algorithms": ALL}
            ],
            "profiles": ["ed25519-strict"],
            "operations": ["verify"],
            "limits": {"maxMessageBytes": MAX_MESSAGE_BYTES}
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stated_versions_are_the_locked_ones() {
        let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).expect("Cargo.lock beside Cargo.toml");
        for (name, version) in VERSIONS {
            let entry = format!("name = \"{name}\"\nversion = \"{version}\"\n");
            assert!(lock.contains(&entry), "Cargo.lock does not lock {name} {version}, which the statement names");
        }
    }

    #[test]
    fn rust_strict_states_no_suit_layer_and_signs_nothing() {
        let strict = statement(Ed25519Check::VerifyStrict);
        let layers: Vec<_> = strict["coverage"].as_array().unwrap().iter().map(|entry| entry["layer"].as_str().unwrap()).collect();
        assert_eq!(layers, ["signature", "cose"]);
        assert_eq!(strict["operations"], json!(["verify"]));
        assert_eq!(statement(Ed25519Check::Verify)["operations"], json!(["verify", "sign"]));
    }
}
