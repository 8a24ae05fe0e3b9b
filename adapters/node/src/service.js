// The adapter's two operations on decoded protocol messages: verify and sign. Both throw
// MalformedRequest for a message that breaks the protocol; a library's exception becomes a reject,
// never an accept.

import { verifyCose } from './cose-layer.js';
import { Outcome, Rejection } from './outcome.js';
import { CannotSign, envelope } from './producer.js';
import { signRequest, verifyRequest } from './request.js';
import { verifySignature } from './signature-layer.js';

/** The outcome of a verify message under the flavour (flavours.js). */
export function verify(message, flavour) {
  const request = verifyRequest(message);
  if (request.layer !== 'signature' && !(request.layer === 'cose' && flavour.cose)) {
    return Outcome.unsupported(`layer ${request.layer} is outside the ${flavour.name} adapter's statement, which covers `
      + (flavour.cose ? 'the signature and cose layers' : 'the signature layer'));
  }
  try {
    return request.layer === 'signature'
      ? verifySignature(request, flavour.primitives, flavour.signatureAlgorithms)
      : verifyCose(request);
  } catch (error) {
    if (error instanceof Rejection) return error.outcome;
    // a library or this glue threw where nothing names a reason: fail closed, with the stack on stderr
    process.stderr.write(`${request.id}: ${error?.stack ?? error}\n`);
    return Outcome.reject(null, `${error?.name ?? 'Error'}: ${error?.message ?? error} (stack on stderr)`);
  }
}

/** The answer to a sign message: the envelope, or `unsupported` with the reason in the detail. */
export async function sign(message, flavour) {
  const request = signRequest(message);
  if (!flavour.sign) {
    return Outcome.unsupported(`the ${flavour.name} adapter signs nothing; the node adapter signs with cose-js`).answer(request.id);
  }
  try {
    return { id: request.id, envelope: (await envelope(request)).toString('hex') };
  } catch (error) {
    if (error instanceof CannotSign) return Outcome.unsupported(error.message).answer(request.id);
    process.stderr.write(`${request.id}: ${error?.stack ?? error}\n`);
    return Outcome.unsupported(`signing failed: ${error?.name ?? 'Error'}: ${error?.message ?? error}`).answer(request.id);
  }
}
