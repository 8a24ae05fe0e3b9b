// Producer: a SUIT envelope signed around a given manifest (adapters/PROTOCOL.md, "Sign";
// draft-ietf-suit-manifest §8.3), the COSE_Sign1 made by cose-js (ES256, with elliptic's deterministic
// ECDSA, RFC 6979), the rest encoded by the glue with the cbor package.
//
// The envelope is tagged 107 and holds the authentication wrapper (key 2) and the manifest (key 3). The
// wrapper is [bstr SUIT_Digest, bstr COSE_Sign1_Tagged]; the digest is SHA-256 over the bstr-wrapped
// manifest, head included; the COSE_Sign1 has alg in its protected header, an empty unprotected header
// and a detached payload, the encoded SUIT_Digest. cose-js signs attached payloads only; the
// Sig_structure is the same for a detached payload (RFC 9052 §4.4), so the glue takes cose-js's message
// and puts nil in the payload's place.

import crypto from 'node:crypto';

import cbor from 'cbor';
import cose from 'cose-js';

import { decodeKey, describeValue, keyBytes } from './keys.js';
import { Rejection } from './outcome.js';

const SUIT_ENVELOPE_TAG = 107;
const AUTHENTICATION_WRAPPER = 2;
const MANIFEST = 3;
const SHA256 = -16;

/** The request is outside what this producer can do; the message says why. */
export class CannotSign extends Error {}

/** The signed envelope for a sign request (request.js). Throws CannotSign, or what cbor and cose-js throw. */
export async function envelope(request) {
  if (request.layer !== 'suit') {
    throw new CannotSign(`this producer signs SUIT envelopes (layer suit), not layer ${request.layer}`);
  }
  if (request.algorithm !== 'ES256') {
    throw new CannotSign(`cose-js 0.9.0 signs with ES256, ES384, ES512, PS256-512 and RS256-512; of this suite's algorithms only ES256, not ${request.algorithm}`);
  }
  let d;
  try {
    d = keyBytes(decodeKey(request.privateKey), -4, 'd');
  } catch (error) {
    throw error instanceof Rejection ? new CannotSign(`the private key is unusable: ${error.message}`) : error;
  }
  const manifest = cbor.decodeFirstSync(request.manifest);
  if (!Buffer.isBuffer(manifest)) {
    throw new CannotSign(`"manifest" must be the bstr-wrapped manifest; it decodes to ${describeValue(manifest)}`);
  }
  // The digest covers the manifest bstr as it is encoded into the envelope (minimal head), which is the
  // received bstr whenever that was minimally encoded.
  const digest = cbor.encode([SHA256, crypto.createHash('sha256').update(cbor.encode(manifest)).digest()]);
  const attached = cbor.decodeFirstSync(await cose.sign.create({ p: { alg: 'ES256' } }, digest, { key: { d } }));
  const [protectedBytes, unprotected, , signature] = attached.value;
  const block = cbor.encode(new cbor.Tagged(cose.sign.Sign1Tag, [protectedBytes, unprotected, null, signature]));
  const authentication = cbor.encode([digest, block]);
  return cbor.encode(new cbor.Tagged(SUIT_ENVELOPE_TAG, new Map([[AUTHENTICATION_WRAPPER, authentication], [MANIFEST, manifest]])));
}
