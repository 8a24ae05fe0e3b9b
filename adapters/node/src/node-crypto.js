// Signature primitives of Node's own crypto module (node:crypto, which calls the OpenSSL Node is built
// with): ECDSA P-256 with SHA-256 (`crypto.verify('sha256', ...)` with dsaEncoding 'ieee-p1363', r ‖ s)
// and Ed25519 (`crypto.verify(null, ...)`). Keys are imported by `crypto.createPublicKey` from the JWK
// the glue writes from the COSE_Key (RFC 7518 §6.2.1 and RFC 8037 §2 use the same x and y). OpenSSL
// answers a bare true or false, so a false carries no reason.

import crypto from 'node:crypto';

import { CRV_ED25519, CRV_P256, KTY_EC2, KTY_OKP, expectKeyType, keyBytes } from './keys.js';
import { Outcome, Rejection } from './outcome.js';

export function verifyEcdsaP256(key, message, signature) {
  const publicKey = importKey(ecJwk(key));
  return answer(crypto.verify('sha256', message, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature),
    "crypto.verify('sha256', ..., { dsaEncoding: 'ieee-p1363' })");
}

export function verifyEd25519(key, message, signature) {
  expectKeyType(key, KTY_OKP, CRV_ED25519, 'an OKP key on Ed25519 (kty 1, crv 6)');
  const publicKey = importKey({ kty: 'OKP', crv: 'Ed25519', x: keyBytes(key, -2, 'x').toString('base64url') });
  return answer(crypto.verify(null, message, publicKey, signature), 'crypto.verify(null, ...) (Ed25519)');
}

/**
 * The JWK of an EC2 key on P-256. A compressed key (y given as its sign bit) is decompressed by
 * `crypto.ECDH.convertKey` (OpenSSL's point decoding), since a JWK holds both coordinates.
 */
function ecJwk(key) {
  expectKeyType(key, KTY_EC2, CRV_P256, 'an EC2 key on P-256 (kty 2, crv 1)');
  const x = keyBytes(key, -2, 'x');
  const y = key.get(-3);
  if (typeof y !== 'boolean') {
    return { kty: 'EC', crv: 'P-256', x: x.toString('base64url'), y: keyBytes(key, -3, 'y').toString('base64url') };
  }
  let point;
  try {
    point = crypto.ECDH.convertKey(Buffer.concat([Buffer.from([y ? 0x03 : 0x02]), x]), 'prime256v1', undefined, undefined, 'uncompressed');
  } catch (error) {
    throw new Rejection('BAD_KEY', `crypto.ECDH.convertKey (compressed P-256 key): ${error.message}`);
  }
  return { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') };
}

function importKey(jwk) {
  try {
    return crypto.createPublicKey({ key: jwk, format: 'jwk' });
  } catch (error) {
    throw new Rejection('BAD_KEY', `crypto.createPublicKey (JWK ${jwk.kty} ${jwk.crv}): ${error.message}`);
  }
}

function answer(valid, call) {
  return valid ? Outcome.accept() : Outcome.reject(null, `${call} returned false (OpenSSL ${process.versions.openssl} gives no reason)`);
}
