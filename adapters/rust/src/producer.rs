//! Producer: a SUIT envelope signed by taylor around the manifest of a sign request
//! (adapters/PROTOCOL.md, "Sign"; draft-ietf-suit-manifest §8.3).
//!
//! taylor builds envelopes from its own JSON description of a manifest; a sign request carries the
//! manifest already encoded. So the glue assembles the unsigned envelope around the request's bytes:
//! tag 107, the authentication wrapper (key 2) holding only the SHA-256 SUIT_Digest of the
//! bstr-wrapped manifest, and the manifest (key 3). taylor's `sign_envelope_with_pem` then appends
//! the COSE_Sign1_Tagged block (alg in the protected header, detached payload: the digest), signing
//! with its ES256 signer (p256, RFC 6979). taylor reads keys from PEM only, so the glue writes the
//! request's COSE_Key as a PKCS #8 PEM with p256. taylor signs ES256 (alg -7) and ES384, nothing
//! else: every other algorithm is `unsupported`.

use ciborium::Value;
use p256::pkcs8::{EncodePrivateKey, LineEnding};
use sha2::{Digest, Sha256};

use crate::request::SignRequest;

const SUIT_ENVELOPE_TAG: u64 = 107;
const AUTHENTICATION_WRAPPER: i64 = 2;
const MANIFEST: i64 = 3;
const SHA256: i64 = -16;

/// The signed envelope, or why this producer cannot sign the request.
pub fn envelope(request: &SignRequest) -> Result<Vec<u8>, String> {
    if request.layer != "suit" {
        return Err(format!("taylor signs SUIT envelopes (layer suit), not layer {:?}", request.layer));
    }
    if request.algorithm != "ES256" {
        return Err(format!(
            "taylor 0.2.2 signs with ES256 (-7) and ES384 only; it cannot sign {} (its signer writes alg -7 or -35)",
            request.algorithm
        ));
    }
    let pem = pem_of(&request.private_key)?;
    let unsigned = unsigned_envelope(&request.manifest)?;
    taylor::sign::sign_envelope_with_pem(&unsigned, &pem).map_err(|error| format!("taylor sign_envelope_with_pem: {error}"))
}

/// The PKCS #8 PEM of a private EC2 P-256 COSE_Key `{1: 2, -1: 1, -2: x, -3: y, -4: d}`.
pub fn pem_of(cose_key: &[u8]) -> Result<String, String> {
    let key: Value = ciborium::de::from_reader(cose_key).map_err(|error| format!("the private COSE_Key is not CBOR: {error}"))?;
    let entries = key.as_map().ok_or("the private COSE_Key is not a map")?;
    let get = |label: i64| entries.iter().find(|(k, _)| k.as_integer() == Some(label.into())).map(|(_, v)| v);
    let int = |label: i64| get(label).and_then(Value::as_integer).and_then(|v| i64::try_from(v).ok());
    if int(1) != Some(2) || int(-1) != Some(1) {
        return Err("the private key is not an EC2 key on P-256 ({1: 2, -1: 1}), which taylor's ES256 signer needs".into());
    }
    let d = get(-4).and_then(Value::as_bytes).ok_or("the private COSE_Key lacks d (-4)")?;
    let secret = p256::SecretKey::from_slice(d).map_err(|error| format!("p256 SecretKey::from_slice(d): {error}"))?;
    let pem = secret.to_pkcs8_pem(LineEnding::LF).map_err(|error| format!("p256 to_pkcs8_pem: {error}"))?;
    Ok(pem.as_str().to_owned())
}

/// Tag 107 `{2: bstr .cbor [bstr .cbor SUIT_Digest], 3: manifest}` around the bstr-wrapped manifest.
pub fn unsigned_envelope(wrapped_manifest: &[u8]) -> Result<Vec<u8>, String> {
    let manifest: Value = ciborium::de::from_reader(wrapped_manifest).map_err(|error| format!("\"manifest\" is not CBOR: {error}"))?;
    let Value::Bytes(manifest) = manifest else {
        return Err("\"manifest\" must be the bstr-wrapped manifest".into());
    };
    // The digest covers the manifest bstr as it is encoded into the envelope (a minimal head), which is
    // the received bstr whenever that was minimally encoded.
    let wrapped = encode(&Value::Bytes(manifest.clone()))?;
    let digest = encode(&Value::Array(vec![Value::from(SHA256), Value::Bytes(Sha256::digest(&wrapped).to_vec())]))?;
    let authentication = encode(&Value::Array(vec![Value::Bytes(digest)]))?;
    encode(&Value::Tag(
        SUIT_ENVELOPE_TAG,
        Box::new(Value::Map(vec![
            (Value::from(AUTHENTICATION_WRAPPER), Value::Bytes(authentication)),
            (Value::from(MANIFEST), Value::Bytes(manifest)),
        ])),
    ))
}

fn encode(value: &Value) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    ciborium::ser::into_writer(value, &mut out).map_err(|error| format!("ciborium: {error}"))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use p256::elliptic_curve::sec1::ToEncodedPoint;

    use super::*;
    use crate::outcome::Outcome;
    use crate::request::{Device, DeviceComponent, Scope, SuitRequest};

    fn encode(value: &Value) -> Vec<u8> {
        super::encode(value).unwrap()
    }

    /// A fixed P-256 key as the private and the public COSE_Key.
    fn keys() -> (Vec<u8>, Vec<u8>) {
        let secret = p256::SecretKey::from_slice(&[0x11; 32]).unwrap();
        let point = secret.public_key().to_encoded_point(false);
        let public = |d: Option<Vec<u8>>| {
            let mut entries = vec![
                (Value::from(1), Value::from(2)),
                (Value::from(-1), Value::from(1)),
                (Value::from(-2), Value::Bytes(point.x().unwrap().to_vec())),
                (Value::from(-3), Value::Bytes(point.y().unwrap().to_vec())),
            ];
            entries.extend(d.map(|d| (Value::from(-4), Value::Bytes(d))));
            encode(&Value::Map(entries))
        };
        (public(Some(vec![0x11; 32])), public(None))
    }

    fn manifest(sequence_number: u64) -> Vec<u8> {
        let common = encode(&Value::Map(vec![(Value::from(2), Value::Array(vec![Value::Array(vec![Value::Bytes(vec![0])])]))]));
        let manifest = encode(&Value::Map(vec![
            (Value::from(1), Value::from(1)),
            (Value::from(2), Value::from(sequence_number)),
            (Value::from(3), Value::Bytes(common)),
        ]));
        encode(&Value::Bytes(manifest))
    }

    fn request(algorithm: &str, private_key: Vec<u8>) -> SignRequest {
        SignRequest { layer: "suit".into(), algorithm: algorithm.into(), manifest: manifest(3), private_key }
    }

    #[test]
    fn taylors_es256_envelope_is_verified_by_suit_validator() {
        let (private, public) = keys();
        let envelope = envelope(&request("ES256", private)).unwrap();
        let device = Device {
            vendor_id: vec![0; 16],
            class_id: vec![0; 16],
            device_id: None,
            sequence_number: 3,
            components: vec![DeviceComponent { id: vec![vec![0]], image: None, slot: None }],
            payloads: BTreeMap::new(),
        };
        let verify = |envelope: Vec<u8>| crate::suit_layer::verify(&SuitRequest { envelope, keys: vec![public.clone()], device: device.clone(), scope: Scope::Applicability });
        assert_eq!(verify(envelope.clone()), Outcome::Accept(None));
        let mut tampered = envelope;
        let last = tampered.len() - 1;
        tampered[last] ^= 1; // the manifest's last byte: its digest no longer matches
        assert!(matches!(verify(tampered), Outcome::Reject(..)));
    }

    #[test]
    fn only_es256_is_signed() {
        let (private, _) = keys();
        for algorithm in ["ESP256", "EdDSA", "Ed25519", "HSS-LMS"] {
            let problem = envelope(&request(algorithm, private.clone())).unwrap_err();
            assert!(problem.contains("taylor 0.2.2 signs with ES256"), "{problem}");
        }
    }

    #[test]
    fn the_pem_holds_the_cose_keys_scalar() {
        use p256::pkcs8::DecodePrivateKey;
        let (private, _) = keys();
        let pem = pem_of(&private).unwrap();
        assert_eq!(p256::SecretKey::from_pkcs8_pem(&pem).unwrap().to_bytes().to_vec(), vec![0x11; 32]);
    }
}
