"""Requests of the adapter protocol (adapters/PROTOCOL.md), read from the decoded JSON objects.

A request that does not follow the protocol (a missing field, a value that is not hex) raises
MalformedRequest: that is the sender's mistake, not a property of the vector, so it never becomes a
reject outcome.
"""

from dataclasses import dataclass
from typing import Optional, Tuple


class MalformedRequest(Exception):
    """The request breaks adapters/PROTOCOL.md; the message says which field and what was expected."""


@dataclass(frozen=True)
class SignatureRequest:
    """Layer `signature`: one raw signature over one message under exactly one public COSE_Key."""
    id: str
    algorithm: str
    message: bytes
    signature: bytes
    key: bytes


@dataclass(frozen=True)
class CoseRequest:
    """Layer `cose`: a COSE_Sign1, optionally with a detached payload and external AAD, checked under
    the trusted public keys. `algorithm`, when present, is the only algorithm the caller allows."""
    id: str
    cose_sign1: bytes
    detached_payload: Optional[bytes]
    external_aad: bytes
    algorithm: Optional[str]
    keys: Tuple[bytes, ...]


@dataclass(frozen=True)
class OtherLayerRequest:
    """A verify request for a layer this adapter does not cover (its ICS says so)."""
    id: str
    layer: str


@dataclass(frozen=True)
class SignRequest:
    """A producer request: build and sign a SUIT envelope around a bstr-wrapped manifest."""
    id: str
    layer: str
    algorithm: str
    manifest: bytes
    private_key: bytes


def request_id(message: dict) -> str:
    """The id the answer must echo."""
    return _text(message, "id")


def verify_request(message: dict):
    """A SignatureRequest, CoseRequest or OtherLayerRequest from a `verify` message."""
    rid = request_id(message)
    layer = _text(message, "layer")
    if layer == "signature":
        keys = _keys(message)
        if len(keys) != 1:
            raise MalformedRequest(f"a signature-layer request carries exactly one key, this one has {len(keys)}")
        return SignatureRequest(rid, _text(message, "algorithm"), _hex(message, "message"),
                                _hex(message, "signature"), keys[0])
    if layer == "cose":
        aad = _hex(message, "externalAad", optional=True)
        return CoseRequest(rid, _hex(message, "coseSign1"), _hex(message, "detachedPayload", optional=True),
                           b"" if aad is None else aad, _text(message, "algorithm", optional=True),
                           _keys(message))
    return OtherLayerRequest(rid, layer)


def sign_request(message: dict) -> SignRequest:
    key = message.get("key")
    if not isinstance(key, dict):
        raise MalformedRequest('"key" must be an object {"coseKey": "<hex of the private COSE_Key>"}')
    return SignRequest(request_id(message), _text(message, "layer"), _text(message, "algorithm"),
                       _hex(message, "manifest"), _hex(key, "coseKey"))


def _keys(message: dict) -> Tuple[bytes, ...]:
    keys = message.get("keys")
    if not isinstance(keys, list) or not all(isinstance(key, dict) for key in keys):
        raise MalformedRequest('"keys" must be a list of objects {"coseKey": "<hex>"}')
    return tuple(_hex(key, "coseKey") for key in keys)


def _text(message: dict, name: str, optional: bool = False) -> Optional[str]:
    value = message.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value:
        raise MalformedRequest(f'"{name}" must be a non-empty string, got {value!r}')
    return value


def _hex(message: dict, name: str, optional: bool = False) -> Optional[bytes]:
    value = message.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise MalformedRequest(f'"{name}" must be a hex string, got {type(value).__name__}')
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise MalformedRequest(f'"{name}" is not hex: {value[:40]!r}') from None
