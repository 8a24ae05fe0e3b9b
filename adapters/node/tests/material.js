// Test material built independently of the libraries under test: keys and signatures from node:crypto,
// COSE structures written out with the cbor package's encoder or as literal bytes.

import crypto from 'node:crypto';

import cbor from 'cbor';

/** The order of P-256's group. */
export const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/** A fresh P-256 key pair: the node:crypto private key, the public COSE_Key, and the private COSE_Key. */
export function p256Key() {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' });
  const [x, y, d] = [jwk.x, jwk.y, jwk.d].map((value) => Buffer.from(value, 'base64url'));
  return {
    privateKey,
    publicKey,
    x,
    y,
    coseKey: cbor.encode(new Map([[1, 2], [-1, 1], [-2, x], [-3, y]])),
    privateCoseKey: cbor.encode(new Map([[1, 2], [-1, 1], [-2, x], [-3, y], [-4, d]])),
  };
}

/** A fresh Ed25519 key pair: the node:crypto private key and the public COSE_Key. */
export function ed25519Key() {
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  const x = Buffer.from(privateKey.export({ format: 'jwk' }).x, 'base64url');
  return { privateKey, x, coseKey: okpKey(x) };
}

/** The COSE_Key of an Ed25519 public key given as its 32 bytes. */
export function okpKey(x) {
  return cbor.encode(new Map([[1, 1], [-1, 6], [-2, x]]));
}

/** An ECDSA P-256 signature (r ‖ s, 64 bytes) over `data` by node:crypto. */
export function es256(key, data) {
  return crypto.sign('sha256', data, { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
}

/** The same signature with s replaced by n - s: as valid, with the other S. */
export function otherS(signature) {
  const s = BigInt(`0x${signature.subarray(32).toString('hex')}`);
  return Buffer.concat([signature.subarray(0, 32), Buffer.from((P256_N - s).toString(16).padStart(64, '0'), 'hex')]);
}

/** Is S above n/2? */
export function highS(signature) {
  return BigInt(`0x${signature.subarray(32).toString('hex')}`) > P256_N / 2n;
}

/** An Ed25519 point encoding: y little-endian, with the sign bit of x. */
export function edwardsPoint(y, signBit = 0) {
  const bytes = Buffer.alloc(32);
  let rest = y;
  for (let i = 0; i < 32; i++) {
    bytes[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  bytes[31] |= signBit << 7;
  return bytes;
}

export const ED25519_P = (1n << 255n) - 19n;
export const ED25519_L = (1n << 252n) + 27742317777372353535851937790883648493n;

/**
 * A COSE_Sign1 over `payload`, signed with ES256 by node:crypto over the Sig_structure (RFC 9052 §4.4)
 * with the given protected bytes exactly as written; `unprotected` is the unprotected bucket's encoding.
 */
export function coseSign1(key, { protectedBytes = Buffer.from('a10126', 'hex'), unprotected = Buffer.from('a0', 'hex'),
  payload = Buffer.from('This is the content.'), detached = false, externalAad = Buffer.alloc(0), tagged = true,
  signature = (bytes) => bytes } = {}) {
  const tbs = cbor.encode(['Signature1', protectedBytes, externalAad, payload]);
  const sig = signature(es256(key, tbs));
  const body = Buffer.concat([Buffer.from('84', 'hex'), cbor.encode(protectedBytes), unprotected,
    detached ? Buffer.from('f6', 'hex') : cbor.encode(payload), cbor.encode(sig)]);
  return tagged ? Buffer.concat([Buffer.from('d2', 'hex'), body]) : body;
}
