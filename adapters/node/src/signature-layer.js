// Layer `signature`: a raw signature over a message under one public key, checked by the flavour's
// primitives (noble.js or node-crypto.js) with no COSE around it.

import { decodeKey } from './keys.js';
import { Outcome } from './outcome.js';

/** ES256 and ESP256 are one computation on P-256, EdDSA and Ed25519 one on Ed25519 (RFC 9864): they differ only in their COSE names. */
export const FAMILIES = Object.freeze({ ES256: 'ecdsaP256', ESP256: 'ecdsaP256', EdDSA: 'ed25519', Ed25519: 'ed25519' });

/**
 * @param request a signature-layer request (request.js)
 * @param primitives the flavour's verify functions by family: { ecdsaP256?, ed25519? }, each (key, message, signature) => Outcome
 * @param algorithms the algorithms the flavour states at this layer
 */
export function verifySignature(request, primitives, algorithms) {
  const verify = algorithms.includes(request.algorithm) ? primitives[FAMILIES[request.algorithm]] : undefined;
  if (verify === undefined) {
    // an id this adapter does not verify (ES384's -35, ML-DSA-87's -50, HSS-LMS, ...): a verifier refuses it
    return Outcome.reject('UNSUPPORTED_ALGORITHM', `algorithm ${request.algorithm} is not one this adapter verifies (${algorithms.join(', ')})`);
  }
  return verify(decodeKey(request.key), request.message, request.signature);
}
