// Layer `cose`: a COSE_Sign1 (RFC 9052 §4.2) decoded and verified by cose-js, for the one algorithm of
// this suite cose-js implements, ES256 (-7). cose-js verifies with elliptic (P-256) over the
// Sig_structure it builds itself, reads the message with the cbor package, and takes the verifier's key
// as its x and y coordinates.
//
// The glue adds only what cose-js's API has no place for:
// - untagged messages: cose-js's `defaultType` option says that the input is a COSE_Sign1 (without it,
//   cose-js reads an untagged message as a COSE_Sign);
// - a detached payload (RFC 9052 §4.1): cose-js has no parameter for one, so when the message's payload is
//   nil the glue re-encodes the message, as the cbor package decoded it, with the payload in its place; a
//   message that carries a payload while the caller supplies one is refused;
// - the caller's allowed algorithm: alg read where cose-js reads it (protected, else unprotected);
// - several trusted keys: each is tried in turn.
// It adds none of the checks cose-js leaves out (crit, a label in both buckets, the key's type, curve,
// alg and key_ops), so those vectors show what a cose-js user gets.

import cbor from 'cbor';
import cose from 'cose-js';

import { decodeKey, describeValue, keyBytes } from './keys.js';
import { Outcome, Rejection } from './outcome.js';

const ALG = 1;
const ES256 = -7;

/** The algorithms stated at this layer: the ones cose-js 0.9.0 implements among this suite's. */
export const COSE_ALGORITHMS = Object.freeze(['ES256']);

export function verifyCose(request) {
  if (request.algorithm !== null && !COSE_ALGORITHMS.includes(request.algorithm)) {
    return Outcome.reject('UNSUPPORTED_ALGORITHM', `the caller allows only ${request.algorithm}, which cose-js 0.9.0 does not implement`);
  }
  const { body, decodeError } = decodeMessage(request.coseSign1);
  if (request.algorithm !== null && body !== undefined) {
    const alg = algorithmOf(body);
    if (alg !== ES256) {
      // The allowed algorithm is the caller's policy (adapters/PROTOCOL.md, Verify): cose-js has no
      // setting for it, so the application applies it, here
      return Outcome.reject('UNSUPPORTED_ALGORITHM', `the caller allows only ES256 (-7); the message's alg is ${describeValue(alg)}`);
    }
  }
  const message = withDetachedPayload(request.coseSign1, body, request.detachedPayload);
  if (request.keys.length === 0) {
    return Outcome.reject(null, 'no trusted key was given, so nothing can verify the message');
  }
  const outcomes = request.keys.map((encoded) => verifyWith(message, encoded, request.externalAad, decodeError));
  const accepted = outcomes.findIndex((outcome) => outcome.kind === 'accept');
  if (accepted >= 0) {
    return request.keys.length === 1 ? outcomes[accepted] : Outcome.accept(`verified under trusted key ${accepted}`);
  }
  return combined(outcomes);
}

/**
 * The message decoded as cose-js decodes it (cbor decodeFirstSync): its body, the [protected, unprotected,
 * payload, signature] array when it is one (tag 18 or none), and the decoder's error when it failed.
 */
function decodeMessage(encoded) {
  let decoded;
  try {
    decoded = cbor.decodeFirstSync(encoded);
  } catch (error) {
    return { body: undefined, decodeError: error };
  }
  const tagged = decoded instanceof cbor.Tagged;
  const items = tagged ? (decoded.tag === cose.sign.Sign1Tag ? decoded.value : undefined) : decoded;
  return { body: Array.isArray(items) && items.length === 4 ? { tagged, items } : undefined, decodeError: undefined };
}

/** alg as cose-js reads it (sign.js, getCommonParameter): the protected bucket's, else the unprotected bucket's. */
function algorithmOf({ items: [protectedBytes, unprotected] }) {
  let fromProtected;
  if (Buffer.isBuffer(protectedBytes) && protectedBytes.length > 0) {
    try {
      const map = cbor.decodeFirstSync(protectedBytes);
      fromProtected = map instanceof Map ? map.get(ALG) : undefined;
    } catch {
      fromProtected = undefined;
    }
  }
  return fromProtected || (unprotected instanceof Map ? unprotected.get(ALG) : undefined);
}

function withDetachedPayload(encoded, body, detachedPayload) {
  if (detachedPayload === null || body === undefined) return encoded;
  const [protectedBytes, unprotected, payload, signature] = body.items;
  if (payload !== null) {
    throw new Rejection('BAD_STRUCTURE', `the message carries a payload (${describeValue(payload)}) and the caller supplied a detached one (RFC 9052 §4.1: the payload is nil when detached)`);
  }
  const items = [protectedBytes, unprotected, detachedPayload, signature];
  return cbor.encode(body.tagged ? new cbor.Tagged(cose.sign.Sign1Tag, items) : items);
}

function verifyWith(message, encodedKey, externalAad, decodeError) {
  let verifier;
  try {
    const key = decodeKey(encodedKey);
    // cose-js's verifier key is { x, y }; it reads nothing else of a key
    verifier = { key: { x: keyBytes(key, -2, 'x'), y: keyBytes(key, -3, 'y') }, externalAAD: externalAad };
  } catch (error) {
    if (error instanceof Rejection) return error.outcome;
    throw error;
  }
  try {
    cose.sign.verifySync(message, verifier, { defaultType: cose.sign.Sign1Tag });
    return Outcome.accept();
  } catch (error) {
    return rejectionFor(error, decodeError);
  }
}

// The messages cose-js 0.9.0 throws (lib/sign.js), and the reason each names plainly.
const COSE_JS_ERRORS = [
  [/^Signature missmatch$/, 'SIGNATURE_INVALID'],
  [/^(Unknown|Unsupported) algorithm, /, 'UNSUPPORTED_ALGORITHM'],
  [/^Unexpected cbor tag, /, 'BAD_STRUCTURE'],
  [/^Expecting (Array|Array of lenght 4|signature Array)$/, 'BAD_STRUCTURE'],
];

/** `decodeError`: what the cbor decoder threw on the whole message, which cose-js throws again as it decodes it first. */
function rejectionFor(error, decodeError) {
  const text = error instanceof Error ? error.message : String(error);
  const known = COSE_JS_ERRORS.find(([pattern]) => pattern.test(text));
  const malformed = decodeError !== undefined && text === decodeError.message;
  const reason = known !== undefined ? known[1] : (malformed ? 'MALFORMED_CBOR' : null);
  return Outcome.reject(reason, `cose-js sign.verifySync: ${error?.name ?? 'Error'}: ${text}`);
}

/** One outcome for a message no trusted key verified: each key's failure in the detail, and the reason when all keys failed for the same one. */
function combined(failures) {
  if (failures.length === 1) return failures[0];
  const reasons = new Set(failures.map((failure) => failure.reason));
  const detail = failures.map((failure, index) => `trusted key ${index}: ${failure.detail}`).join('; ');
  return Outcome.reject(reasons.size === 1 ? [...reasons][0] : null, detail);
}
