//! Trusted public keys: COSE_Keys (RFC 9052 §7) decoded by coset, turned into the key objects of p256
//! (EC2 on P-256), ed25519-dalek (OKP on Ed25519) and hbs-lms (HSS-LMS, kty 5 with the public key at
//! label -1, RFC 8778 §4). The key type and curve are read only as far as it takes to know which
//! library object to build.

use coset::iana::{self, EnumI64};
use coset::{CborSerializable, KeyType, Label, RegisteredLabelWithPrivate};

use crate::outcome::{Outcome, Reason, Verdict};

/// The COSE identifier of the HSS-LMS key type (RFC 8778 §4).
pub const HSS_LMS_KTY: i64 = 5;

/// A trusted key as coset decoded it: its type and curve, and the parameters the libraries need.
#[derive(Debug)]
pub struct PublicKey {
    pub kty: i64,
    pub crv: Option<i64>,
    pub x: Option<Vec<u8>>,
    pub y: Option<Vec<u8>>,
    /// EC2: the sign bit of y when the key is compressed (y given as a bool, RFC 9053 §7.1.1).
    pub y_sign: Option<bool>,
    /// HSS-LMS: the public key bytes at label -1.
    pub hss: Option<Vec<u8>>,
    pub kid: Vec<u8>,
    pub alg: Option<i64>,
}

impl PublicKey {
    /// Decodes `encoded` with coset; what coset refuses is a `BAD_KEY`.
    pub fn decode(encoded: &[u8]) -> Verdict<PublicKey> {
        let key = coset::CoseKey::from_slice(encoded)
            .map_err(|error| Outcome::reject(Reason::BadKey, format!("coset CoseKey::from_slice: {error}")))?;
        let kty = match key.kty {
            KeyType::Assigned(kty) => kty.to_i64(),
            KeyType::Text(text) => {
                return Err(Outcome::reject(Reason::BadKey, format!("the key type is the text {text:?}")))
            }
        };
        let alg = match key.alg {
            Some(RegisteredLabelWithPrivate::Assigned(alg)) => Some(alg.to_i64()),
            Some(RegisteredLabelWithPrivate::PrivateUse(alg)) => Some(alg),
            Some(RegisteredLabelWithPrivate::Text(_)) | None => None,
        };
        let param = |label: i64| key.params.iter().find(|(l, _)| *l == Label::Int(label)).map(|(_, v)| v.clone());
        let bytes = |label: i64| param(label).and_then(|value| value.into_bytes().ok());
        Ok(PublicKey {
            kty,
            crv: param(-1).and_then(|value| value.into_integer().ok()).and_then(|crv| i64::try_from(crv).ok()),
            x: bytes(-2),
            y: bytes(-3),
            y_sign: param(-3).and_then(|value| value.as_bool()),
            hss: if kty == HSS_LMS_KTY { bytes(-1) } else { None },
            kid: key.key_id,
            alg,
        })
    }

    /// A short description for details: the type and curve.
    pub fn describe(&self) -> String {
        match (self.kty, self.crv) {
            (HSS_LMS_KTY, _) => "an HSS-LMS key (kty 5)".to_owned(),
            (kty, Some(crv)) => format!("a key of kty {kty} on curve {crv}"),
            (kty, None) => format!("a key of kty {kty} without a curve"),
        }
    }

    /// p256's verifying key, for an EC2 key on P-256 (kty 2, crv 1).
    pub fn p256(&self) -> Verdict<p256::ecdsa::VerifyingKey> {
        self.expect(iana::KeyType::EC2.to_i64(), Some(iana::EllipticCurve::P_256.to_i64()), "an EC2 key on P-256 (kty 2, crv 1)")?;
        let Some(x) = &self.x else {
            return Err(Outcome::reject(Reason::BadKey, "the EC2 key lacks x (-2) as a byte string"));
        };
        if let (Some(sign), 32) = (self.y_sign, x.len()) {
            // a compressed point: p256 decompresses x with the sign of y (SEC 1 §2.3.4)
            let point = p256::EncodedPoint::from_bytes([&[if sign { 0x03 } else { 0x02 }], x.as_slice()].concat())
                .map_err(|error| Outcome::reject(Reason::BadKey, format!("p256 EncodedPoint::from_bytes: {error}")))?;
            return p256::ecdsa::VerifyingKey::from_encoded_point(&point)
                .map_err(|error| Outcome::reject(Reason::BadKey, format!("p256 VerifyingKey::from_encoded_point: {error}")));
        }
        let Some(y) = &self.y else {
            return Err(Outcome::reject(Reason::BadKey, "the EC2 key lacks y (-3)"));
        };
        if x.len() != 32 || y.len() != 32 {
            // from_affine_coordinates takes exactly 32-byte arrays: a P-256 coordinate has no other length
            return Err(Outcome::reject(Reason::BadKey, format!(
                "the P-256 coordinates are {} and {} bytes, not 32 (RFC 9053 §7.1.1)", x.len(), y.len())));
        }
        let point = p256::EncodedPoint::from_affine_coordinates(x.as_slice().into(), y.as_slice().into(), false);
        p256::ecdsa::VerifyingKey::from_encoded_point(&point)
            .map_err(|error| Outcome::reject(Reason::BadKey, format!("p256 VerifyingKey::from_encoded_point: {error}")))
    }

    /// ed25519-dalek's verifying key, for an OKP key on Ed25519 (kty 1, crv 6).
    pub fn ed25519(&self) -> Verdict<ed25519_dalek::VerifyingKey> {
        self.expect(iana::KeyType::OKP.to_i64(), Some(iana::EllipticCurve::Ed25519.to_i64()), "an OKP key on Ed25519 (kty 1, crv 6)")?;
        let x = self.x.as_deref().ok_or_else(|| Outcome::reject(Reason::BadKey, "the OKP key lacks x (-2)"))?;
        let x: &[u8; 32] = x.try_into().map_err(|_| {
            Outcome::reject(Reason::BadKey, format!("an Ed25519 public key is 32 bytes (RFC 8032 §5.1.5), this one {}", x.len()))
        })?;
        ed25519_dalek::VerifyingKey::from_bytes(x)
            .map_err(|error| Outcome::reject(Reason::BadKey, format!("ed25519-dalek VerifyingKey::from_bytes: {error}")))
    }

    /// The HSS-LMS public key bytes, for hbs-lms (kty 5).
    pub fn hss_lms(&self) -> Verdict<&[u8]> {
        self.expect(HSS_LMS_KTY, None, "an HSS-LMS key (kty 5)")?;
        self.hss.as_deref().ok_or_else(|| Outcome::reject(Reason::BadKey, "the HSS-LMS key lacks its public key (-1) as a byte string"))
    }

    fn expect(&self, kty: i64, crv: Option<i64>, needed: &str) -> Verdict<()> {
        if self.kty == kty && (crv.is_none() || self.crv == crv) {
            Ok(())
        } else {
            Err(Outcome::reject(Reason::AlgorithmKeyMismatch, format!("the algorithm needs {needed}; the trusted key is {}", self.describe())))
        }
    }
}
