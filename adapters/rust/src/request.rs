//! Requests of the adapter protocol (adapters/PROTOCOL.md), read from decoded JSON objects. A request
//! that breaks the protocol (a missing field, a value that is not hex) is a `Malformed` error: the
//! sender's mistake, answered `unsupported` with the problem in the detail, never a reject.

use std::collections::BTreeMap;

use serde_json::Value;

/// What is wrong with a request, as one line for the answer's detail.
#[derive(Debug, PartialEq, Eq)]
pub struct Malformed(pub String);

pub type Parsed<T> = Result<T, Malformed>;

/// Layer `signature`: one raw signature over one message under exactly one public COSE_Key.
#[derive(Debug)]
pub struct SignatureRequest {
    pub algorithm: String,
    pub message: Vec<u8>,
    pub signature: Vec<u8>,
    pub key: Vec<u8>,
}

/// Layer `cose`: a COSE_Sign1 checked under the trusted public keys; `algorithm`, when present, is
/// the only algorithm the caller allows.
#[derive(Debug)]
pub struct CoseRequest {
    pub cose_sign1: Vec<u8>,
    pub detached_payload: Option<Vec<u8>>,
    pub external_aad: Vec<u8>,
    pub algorithm: Option<String>,
    pub keys: Vec<Vec<u8>>,
}

/// An image a device holds or serves: its bytes, or only its size and SHA-256 (vectors/README.md,
/// "Inputs").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Image {
    Bytes(Vec<u8>),
    Described { size: u64, sha256: Vec<u8> },
}

/// One component of the simulated device.
#[derive(Clone, Debug)]
pub struct DeviceComponent {
    pub id: Vec<Vec<u8>>,
    pub image: Option<Image>,
    pub slot: Option<u64>,
}

/// The simulated device of a SUIT vector (vectors/README.md, "Inputs").
#[derive(Clone, Debug)]
pub struct Device {
    pub vendor_id: Vec<u8>,
    pub class_id: Vec<u8>,
    pub device_id: Option<Vec<u8>>,
    pub sequence_number: u64,
    pub components: Vec<DeviceComponent>,
    pub payloads: BTreeMap<String, Image>,
}

/// How far a SUIT envelope is processed; each scope includes the ones before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    Authenticate,
    Applicability,
    Install,
    Boot,
}

/// Layer `suit`: an envelope processed on a device up to a scope.
#[derive(Debug)]
pub struct SuitRequest {
    pub envelope: Vec<u8>,
    pub keys: Vec<Vec<u8>>,
    pub device: Device,
    pub scope: Scope,
}

#[derive(Debug)]
pub enum VerifyRequest {
    Signature(SignatureRequest),
    Cose(CoseRequest),
    Suit(SuitRequest),
}

/// A producer's request (adapters/PROTOCOL.md, "Sign").
#[derive(Debug)]
pub struct SignRequest {
    pub layer: String,
    pub algorithm: String,
    pub manifest: Vec<u8>,
    pub private_key: Vec<u8>,
}

/// The id the answer must echo.
pub fn request_id(message: &Value) -> Parsed<String> {
    text(message, "id")
}

pub fn verify_request(message: &Value) -> Parsed<VerifyRequest> {
    match text(message, "layer")?.as_str() {
        "signature" => {
            let keys = keys(message)?;
            let [key] = <[Vec<u8>; 1]>::try_from(keys).map_err(|keys| {
                Malformed(format!("a signature-layer request carries exactly one key, this one has {}", keys.len()))
            })?;
            Ok(VerifyRequest::Signature(SignatureRequest {
                algorithm: text(message, "algorithm")?,
                message: hex_field(message, "message")?,
                signature: hex_field(message, "signature")?,
                key,
            }))
        }
        "cose" => Ok(VerifyRequest::Cose(CoseRequest {
            cose_sign1: hex_field(message, "coseSign1")?,
            detached_payload: optional(message, "detachedPayload", hex_field)?,
            external_aad: optional(message, "externalAad", hex_field)?.unwrap_or_default(),
            algorithm: optional(message, "algorithm", text)?,
            keys: keys(message)?,
        })),
        "suit" => Ok(VerifyRequest::Suit(SuitRequest {
            envelope: hex_field(message, "envelope")?,
            keys: keys(message)?,
            device: device(message.get("device").ok_or_else(|| Malformed("\"device\" is missing".into()))?)?,
            scope: match optional(message, "scope", text)?.as_deref() {
                Some("authenticate") => Scope::Authenticate,
                Some("applicability") => Scope::Applicability,
                Some("install") => Scope::Install,
                Some("boot") | None => Scope::Boot,
                Some(other) => {
                    return Err(Malformed(format!(
                        "\"scope\" must be authenticate, applicability, install or boot, not {other:?}"
                    )))
                }
            },
        })),
        other => Err(Malformed(format!("\"layer\" must be signature, cose or suit, not {other:?}"))),
    }
}

pub fn sign_request(message: &Value) -> Parsed<SignRequest> {
    let key = message
        .get("key")
        .filter(|key| key.is_object())
        .ok_or_else(|| Malformed("\"key\" must be an object {\"coseKey\": \"<hex of the private COSE_Key>\"}".into()))?;
    Ok(SignRequest {
        layer: text(message, "layer")?,
        algorithm: text(message, "algorithm")?,
        manifest: hex_field(message, "manifest")?,
        private_key: hex_field(key, "coseKey")?,
    })
}

fn device(value: &Value) -> Parsed<Device> {
    let components = value
        .get("components")
        .and_then(Value::as_array)
        .ok_or_else(|| Malformed("\"device.components\" must be a list".into()))?
        .iter()
        .map(|component| {
            let id = component
                .get("id")
                .and_then(Value::as_array)
                .ok_or_else(|| Malformed("a device component's \"id\" must be a list of hex strings".into()))?
                .iter()
                .map(|part| part.as_str().map(hex::decode).and_then(Result::ok))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| Malformed("a device component's \"id\" must be a list of hex strings".into()))?;
            Ok(DeviceComponent {
                id,
                image: component.get("image").map(image).transpose()?,
                slot: optional(component, "slot", unsigned)?,
            })
        })
        .collect::<Parsed<Vec<_>>>()?;
    let payloads = match value.get("payloads") {
        None | Some(Value::Null) => BTreeMap::new(),
        Some(Value::Object(map)) => map
            .iter()
            .map(|(uri, payload)| Ok((uri.clone(), image(payload)?)))
            .collect::<Parsed<_>>()?,
        Some(_) => return Err(Malformed("\"device.payloads\" must be an object by URI".into())),
    };
    Ok(Device {
        vendor_id: hex_field(value, "vendorId")?,
        class_id: hex_field(value, "classId")?,
        device_id: optional(value, "deviceId", hex_field)?,
        sequence_number: unsigned(value, "sequenceNumber")?,
        components,
        payloads,
    })
}

fn image(value: &Value) -> Parsed<Image> {
    match value {
        Value::String(hex) => hex::decode(hex)
            .map(Image::Bytes)
            .map_err(|_| Malformed(format!("an image must be hex or {{size, sha256}}, got {hex:.40}"))),
        Value::Object(_) => Ok(Image::Described { size: unsigned(value, "size")?, sha256: hex_field(value, "sha256")? }),
        _ => Err(Malformed("an image must be hex or {size, sha256}".into())),
    }
}

fn keys(message: &Value) -> Parsed<Vec<Vec<u8>>> {
    message
        .get("keys")
        .and_then(Value::as_array)
        .ok_or_else(|| Malformed("\"keys\" must be a list of objects {\"coseKey\": \"<hex>\"}".into()))?
        .iter()
        .map(|key| hex_field(key, "coseKey"))
        .collect()
}

fn optional<T>(message: &Value, name: &str, read: fn(&Value, &str) -> Parsed<T>) -> Parsed<Option<T>> {
    match message.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(_) => read(message, name).map(Some),
    }
}

fn text(message: &Value, name: &str) -> Parsed<String> {
    match message.get(name) {
        Some(Value::String(value)) if !value.is_empty() => Ok(value.clone()),
        other => Err(Malformed(format!("\"{name}\" must be a non-empty string, got {}", shown(other)))),
    }
}

fn unsigned(message: &Value, name: &str) -> Parsed<u64> {
    message
        .get(name)
        .and_then(Value::as_u64)
        .ok_or_else(|| Malformed(format!("\"{name}\" must be an unsigned integer, got {}", shown(message.get(name)))))
}

fn hex_field(message: &Value, name: &str) -> Parsed<Vec<u8>> {
    match message.get(name) {
        Some(Value::String(value)) => {
            hex::decode(value).map_err(|_| Malformed(format!("\"{name}\" is not hex: {value:.40}")))
        }
        other => Err(Malformed(format!("\"{name}\" must be a hex string, got {}", shown(other)))),
    }
}

fn shown(value: Option<&Value>) -> String {
    value.map_or_else(|| "nothing".to_owned(), |value| format!("{value:.40}"))
}
