// Trusted public keys: COSE_Keys (RFC 9052 §7) decoded with the cbor package, the CBOR decoder cose-js
// itself uses. The key type and curve are read only as far as it takes to know which library object to
// build; the libraries check the rest.

import cbor from 'cbor';

import { Rejection } from './outcome.js';

export const KTY_OKP = 1;
export const KTY_EC2 = 2;
export const CRV_P256 = 1;
export const CRV_ED25519 = 6;

/**
 * The labels and values of an encoded COSE_Key, as a Map. What the decoder refuses, or anything but a
 * map, is a BAD_KEY.
 */
export function decodeKey(encoded) {
  let key;
  try {
    key = cbor.decodeFirstSync(encoded);
  } catch (error) {
    throw new Rejection('BAD_KEY', `the trusted COSE_Key does not decode (cbor decodeFirstSync: ${error.message})`);
  }
  if (key instanceof Map) return key;
  // cbor 8 decodes a map whose keys are all text strings, the empty map too, into a plain object
  if (key !== null && typeof key === 'object' && Object.getPrototypeOf(key) === Object.prototype) {
    return new Map(Object.entries(key));
  }
  throw new Rejection('BAD_KEY', `the trusted COSE_Key is not a CBOR map: it decodes to ${describeValue(key)}`);
}

/** The key type, and curve, of a decoded key, for details. */
export function describeKey(key) {
  const kty = key.get(1);
  const crv = key.get(-1);
  if (kty === undefined) return 'a key without kty';
  return crv === undefined ? `a key of kty ${describeValue(kty)} without a curve` : `a key of kty ${describeValue(kty)} on curve ${describeValue(crv)}`;
}

/**
 * Rejects with ALGORITHM_KEY_MISMATCH unless the key has this kty and crv: the algorithm's family needs
 * exactly that kind of key object.
 */
export function expectKeyType(key, kty, crv, needed) {
  if (key.get(1) !== kty || key.get(-1) !== crv) {
    throw new Rejection('ALGORITHM_KEY_MISMATCH', `the algorithm needs ${needed}; the trusted key is ${describeKey(key)}`);
  }
}

/** The byte string at `label`, or a BAD_KEY naming it. */
export function keyBytes(key, label, name) {
  const value = key.get(label);
  if (!Buffer.isBuffer(value)) {
    throw new Rejection('BAD_KEY', `the key's ${name} (${label}) is ${value === undefined ? 'absent' : describeValue(value)}, not a byte string`);
  }
  return value;
}

/** A short description of a decoded CBOR value, for details. */
export function describeValue(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Buffer.isBuffer(value)) return `a ${value.length}-byte string`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Map) return `a map of ${value.size}`;
  if (value instanceof cbor.Tagged) return `tag ${value.tag}`;
  if (typeof value === 'object') return `a ${value.constructor?.name ?? 'object'}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}
