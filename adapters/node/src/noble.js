// Signature primitives of @noble/curves: ECDSA P-256 with SHA-256 (`p256`, its defaults: the message
// hashed by the library, r ‖ s "compact" signatures, low S required) and Ed25519 (`ed25519`, with ZIP 215
// rules, the library's default, or with { zip215: false }, its RFC 8032 mode). noble decides; the glue
// turns the COSE_Key into the bytes noble takes and, when noble answers false, asks noble's own parsers
// which part was refused, only to name a reason.

import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';

import { CRV_ED25519, CRV_P256, KTY_EC2, KTY_OKP, expectKeyType, keyBytes } from './keys.js';
import { Outcome, Rejection } from './outcome.js';

/** ECDSA P-256: `p256.verify(signature, message, publicKey)`, the SEC 1 point built from x and y. */
export function verifyEcdsaP256(key, message, signature) {
  const publicKey = sec1Point(key);
  try {
    p256.Point.fromBytes(publicKey);
  } catch (error) {
    throw new Rejection('BAD_KEY', `noble p256.Point.fromBytes: ${error.message}`);
  }
  let parsed;
  try {
    parsed = p256.Signature.fromBytes(signature, 'compact');
  } catch (error) {
    throw new Rejection('SIGNATURE_MALFORMED', `noble p256.Signature.fromBytes (${signature.length} bytes): ${error.message}`);
  }
  if (p256.verify(signature, message, publicKey)) return Outcome.accept();
  if (parsed.hasHighS()) {
    return Outcome.reject(null, 'noble p256.verify returned false: S > n/2, and noble verifies with lowS: true by default');
  }
  return Outcome.reject('SIGNATURE_INVALID', 'noble p256.verify returned false');
}

/** The uncompressed (0x04 ‖ x ‖ y) or compressed (0x02/0x03 ‖ x, y given as its sign bit) SEC 1 point of an EC2 key. */
function sec1Point(key) {
  expectKeyType(key, KTY_EC2, CRV_P256, 'an EC2 key on P-256 (kty 2, crv 1)');
  const x = keyBytes(key, -2, 'x');
  const y = key.get(-3);
  if (typeof y === 'boolean') return Buffer.concat([Buffer.from([y ? 0x03 : 0x02]), x]);
  return Buffer.concat([Buffer.from([0x04]), x, keyBytes(key, -3, 'y')]);
}

/**
 * Ed25519: `ed25519.verify(signature, message, publicKey, { zip215 })`, with zip215 true (noble's default,
 * ZIP 215) or false (RFC 8032 decoding, and small-order public keys refused).
 */
export function verifyEd25519(key, message, signature, zip215) {
  expectKeyType(key, KTY_OKP, CRV_ED25519, 'an OKP key on Ed25519 (kty 1, crv 6)');
  const publicKey = keyBytes(key, -2, 'x');
  let point;
  try {
    point = ed25519.Point.fromBytes(publicKey, zip215);
  } catch (error) {
    throw new Rejection('BAD_KEY', `noble ed25519.Point.fromBytes (zip215: ${zip215}): ${error.message}`);
  }
  let valid;
  try {
    valid = ed25519.verify(signature, message, publicKey, { zip215 });
  } catch (error) {
    // noble throws only for inputs of the wrong length; the key's length was checked above
    throw new Rejection('SIGNATURE_MALFORMED', `noble ed25519.verify: ${error.message}`);
  }
  if (valid) return Outcome.accept();
  return whyEd25519Failed(point, signature, zip215);
}

/** noble's verify returns false for every failure; its parsers tell which part was refused. */
function whyEd25519Failed(point, signature, zip215) {
  const call = `noble ed25519.verify (zip215: ${zip215}) returned false`;
  try {
    ed25519.Point.fromBytes(signature.subarray(0, 32), zip215);
  } catch (error) {
    return Outcome.reject('SIGNATURE_MALFORMED', `${call}: R does not decode (${error.message})`);
  }
  try {
    ed25519.Point.Fn.fromBytes(signature.subarray(32, 64));
  } catch (error) {
    return Outcome.reject('SIGNATURE_MALFORMED', `${call}: S is not below L (${error.message})`);
  }
  if (!zip215 && point.isSmallOrder()) {
    return Outcome.reject('BAD_KEY', `${call}: the public key has small order, which noble's RFC 8032 mode refuses`);
  }
  return Outcome.reject('SIGNATURE_INVALID', call);
}
