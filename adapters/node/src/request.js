// Requests of the adapter protocol (adapters/PROTOCOL.md), read from decoded JSON objects. A request that
// breaks the protocol (a missing field, a value that is not hex) throws MalformedRequest: the sender's
// mistake, never a reject of the vector.

/** The request breaks adapters/PROTOCOL.md; the message says which field and what was expected. */
export class MalformedRequest extends Error {}

/** The id an answer must echo. */
export function requestId(message) {
  return text(message, 'id');
}

/**
 * A verify request: {layer: 'signature', id, algorithm, message, signature, key}, {layer: 'cose', id,
 * coseSign1, detachedPayload, externalAad, algorithm, keys} or {layer, id} for another layer.
 */
export function verifyRequest(message) {
  const id = requestId(message);
  const layer = text(message, 'layer');
  if (layer === 'signature') {
    const keys = trustedKeys(message);
    if (keys.length !== 1) {
      throw new MalformedRequest(`a signature-layer request carries exactly one key, this one has ${keys.length}`);
    }
    return {
      layer, id, algorithm: text(message, 'algorithm'), message: hex(message, 'message'),
      signature: hex(message, 'signature'), key: keys[0],
    };
  }
  if (layer === 'cose') {
    return {
      layer, id, coseSign1: hex(message, 'coseSign1'), detachedPayload: hex(message, 'detachedPayload', true),
      externalAad: hex(message, 'externalAad', true) ?? Buffer.alloc(0), algorithm: text(message, 'algorithm', true),
      keys: trustedKeys(message),
    };
  }
  return { layer, id };
}

/** A sign request: {id, layer, algorithm, manifest (the bstr-wrapped manifest), privateKey (a COSE_Key)}. */
export function signRequest(message) {
  const key = message.key;
  if (key === null || typeof key !== 'object' || Array.isArray(key)) {
    throw new MalformedRequest('"key" must be an object {"coseKey": "<hex of the private COSE_Key>"}');
  }
  return {
    id: requestId(message), layer: text(message, 'layer'), algorithm: text(message, 'algorithm'),
    manifest: hex(message, 'manifest'), privateKey: hex(key, 'coseKey'),
  };
}

function trustedKeys(message) {
  const keys = message.keys;
  if (!Array.isArray(keys) || !keys.every((key) => key !== null && typeof key === 'object' && !Array.isArray(key))) {
    throw new MalformedRequest('"keys" must be a list of objects {"coseKey": "<hex>"}');
  }
  return keys.map((key) => hex(key, 'coseKey'));
}

function text(message, name, optional = false) {
  const value = message[name];
  if ((value === undefined || value === null) && optional) return null;
  if (typeof value !== 'string' || value.length === 0) {
    throw new MalformedRequest(`"${name}" must be a non-empty string, got ${JSON.stringify(value)}`);
  }
  return value;
}

function hex(message, name, optional = false) {
  const value = message[name];
  if ((value === undefined || value === null) && optional) return null;
  if (typeof value !== 'string') {
    throw new MalformedRequest(`"${name}" must be a hex string, got ${value === null ? 'null' : typeof value}`);
  }
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(value)) {
    throw new MalformedRequest(`"${name}" is not hex: ${JSON.stringify(value.slice(0, 40))}`);
  }
  return Buffer.from(value, 'hex');
}
