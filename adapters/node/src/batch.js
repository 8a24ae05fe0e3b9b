// The JSON Lines batch protocol (adapters/PROTOCOL.md): one request per line on the input, one answer
// per line on the output. Verify requests are answered in the order they come; a sign request is answered
// when cose-js has signed, so answers may overtake it, as the protocol allows.
//
// A line this adapter cannot use never stops it: a line that is not a JSON object, or has no usable id,
// gets {"type":"error","detail":...}; a request with an id that otherwise breaks the protocol gets an
// `unsupported` answer saying what was wrong.

import { createInterface } from 'node:readline';

import { Outcome } from './outcome.js';
import { MalformedRequest, requestId } from './request.js';
import { sign, verify } from './service.js';

export const PROTOCOL_VERSION = 1;

/**
 * Answers every line of `input` under the flavour until `bye` or the end of input, then waits for the
 * signatures still being made. `write` takes one answer object.
 */
export async function serve(input, write, flavour) {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const pending = new Set();
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const { answer, later, finished } = respond(line, flavour);
    if (answer !== undefined) write(answer);
    if (later !== undefined) {
      const promise = later.then(write).finally(() => pending.delete(promise));
      pending.add(promise);
    }
    if (finished) break;
  }
  lines.close();
  await Promise.all(pending);
}

/** What one line gets: an answer now, a promise of one (sign), and whether the session is over (bye). */
export function respond(line, flavour) {
  let message;
  try {
    message = JSON.parse(line);
  } catch (error) {
    return { answer: protocolError(`the line is not JSON (${error.message}); each request is one JSON object on one line`) };
  }
  if (message === null || typeof message !== 'object' || Array.isArray(message)) {
    return { answer: protocolError(`each request is a JSON object, this line holds ${Array.isArray(message) ? 'an array' : JSON.stringify(message)}`) };
  }
  const kind = message.type;
  if (kind === 'hello') {
    // answered with this adapter's own version whatever the runner asked for (PROTOCOL.md, Handshake)
    return { answer: { type: 'hello', protocol: PROTOCOL_VERSION, ics: flavour.statement } };
  }
  if (kind === 'bye') return { finished: true };
  let id;
  try {
    id = requestId(message);
  } catch (error) {
    return { answer: protocolError(`request type ${JSON.stringify(kind)} without a usable id: ${error.message}`) };
  }
  try {
    if (kind === 'verify') return { answer: verify(message, flavour).answer(id) };
    if (kind === 'sign') {
      // a malformed sign request is answered unsupported too, once the promise settles
      return { later: sign(message, flavour).catch((error) => malformed(id, error)) };
    }
    return { answer: malformed(id, new MalformedRequest(`unknown request type ${JSON.stringify(kind)}; this adapter answers "hello", "verify", "sign" and "bye"`)) };
  } catch (error) {
    return { answer: malformed(id, error) };
  }
}

function malformed(id, error) {
  if (!(error instanceof MalformedRequest)) throw error;
  return Outcome.unsupported(`malformed request: ${error.message} (see adapters/PROTOCOL.md)`).answer(id);
}

function protocolError(detail) {
  return { type: 'error', detail };
}
