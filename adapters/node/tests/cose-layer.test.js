// The cose layer: COSE_Sign1 messages signed by node:crypto over Sig_structures written here, verified by
// cose-js through the glue. The behaviours of cose-js 0.9.0 that docs/deviations.md records are pinned
// here, so an upgrade that changes one fails a test.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import cbor from 'cbor';

import { flavour } from '../src/flavours.js';
import { verify } from '../src/service.js';
import { coseSign1, p256Key } from './material.js';

const node = flavour('node');
const key = p256Key();
const H = (hex) => Buffer.from(hex, 'hex');

function ask(coseSign1Bytes, { keys = [key.coseKey], detachedPayload, externalAad, algorithm } = {}) {
  const message = {
    type: 'verify', id: 't', layer: 'cose', coseSign1: coseSign1Bytes.toString('hex'),
    keys: keys.map((coseKey) => ({ coseKey: coseKey.toString('hex') })),
  };
  if (detachedPayload !== undefined) message.detachedPayload = detachedPayload.toString('hex');
  if (externalAad !== undefined) message.externalAad = externalAad.toString('hex');
  if (algorithm !== undefined) message.algorithm = algorithm;
  return verify(message, node);
}

describe('what cose-js verifies', () => {
  test('a tagged and an untagged COSE_Sign1 (the glue passes defaultType 18)', () => {
    assert.equal(ask(coseSign1(key)).kind, 'accept');
    assert.equal(ask(coseSign1(key, { tagged: false })).kind, 'accept');
  });

  test('a changed payload is SIGNATURE_INVALID ("Signature missmatch")', () => {
    const message = coseSign1(key, { payload: H('00') });
    const tampered = Buffer.from(message);
    tampered[tampered.indexOf(0x41, 5) + 1] = 0x01; // the payload bstr h'00' becomes h'01'
    const outcome = ask(tampered);
    assert.equal(outcome.reason, 'SIGNATURE_INVALID');
    assert.match(outcome.detail, /Signature missmatch/);
  });

  test('external AAD is bound: accepted with it, refused without it', () => {
    const message = coseSign1(key, { externalAad: H('aabb') });
    assert.equal(ask(message, { externalAad: H('aabb') }).kind, 'accept');
    assert.equal(ask(message).reason, 'SIGNATURE_INVALID');
  });

  test('a detached payload is put in place by the glue; a payload both carried and supplied is refused', () => {
    const payload = Buffer.from('detached content');
    assert.equal(ask(coseSign1(key, { payload, detached: true }), { detachedPayload: payload }).kind, 'accept');
    assert.equal(ask(coseSign1(key, { payload, detached: true }), { detachedPayload: H('00') }).reason, 'SIGNATURE_INVALID');
    assert.equal(ask(coseSign1(key, { payload }), { detachedPayload: payload }).reason, 'BAD_STRUCTURE');
  });

  test('the second trusted key verifies; no trusted key rejects', () => {
    assert.equal(ask(coseSign1(key), { keys: [p256Key().coseKey, key.coseKey] }).kind, 'accept');
    assert.equal(ask(coseSign1(key), { keys: [] }).kind, 'reject');
  });

  test('the caller\'s allowed algorithm: ES256 passes, ESP256 (which cose-js lacks) is UNSUPPORTED_ALGORITHM', () => {
    assert.equal(ask(coseSign1(key), { algorithm: 'ES256' }).kind, 'accept');
    assert.equal(ask(coseSign1(key), { algorithm: 'ESP256' }).reason, 'UNSUPPORTED_ALGORITHM');
  });

  test('alg -9 (ESP256) is an unknown algorithm to cose-js 0.9.0', () => {
    const outcome = ask(coseSign1(key, { protectedBytes: H('a10128') }));
    assert.equal(outcome.reason, 'UNSUPPORTED_ALGORITHM');
    assert.match(outcome.detail, /Unknown algorithm, -9/);
  });

  test('trailing bytes and a COSE_Mac0 tag are refused', () => {
    assert.equal(ask(Buffer.concat([coseSign1(key), H('00')])).reason, 'MALFORMED_CBOR');
    assert.equal(ask(Buffer.concat([H('d1'), coseSign1(key).subarray(1)])).reason, 'BAD_STRUCTURE');
  });
});

describe('what cose-js 0.9.0 leaves out (docs/deviations.md)', () => {
  test('crit is never read: an unknown critical parameter, and a critical label absent from the protected bucket, are accepted', () => {
    // {1: -7, 2: [-70000], -70000: 1}
    assert.equal(ask(coseSign1(key, { protectedBytes: H('a3012602813a0001116f3a0001116f01') })).kind, 'accept');
    // {1: -7, 2: [4]} with kid only unprotected
    assert.equal(ask(coseSign1(key, { protectedBytes: H('a20126028104'), unprotected: H('a104423131') })).kind, 'accept');
  });

  test('a label repeated in the unprotected bucket is accepted (cbor decodes without preventDuplicateKeys)', () => {
    assert.equal(ask(coseSign1(key, { unprotected: H('a2044101044102') })).kind, 'accept');
  });

  test('the protected bucket is decoded and re-encoded for the Sig_structure: a valid message with 2.0 in it is refused', () => {
    // {1: -7, -70001: 2.0}, 2.0 as the half-precision float f94000 (the deterministic encoding of 2.0):
    // cbor decodes it to the JavaScript number 2 and re-encodes it as the integer 02
    const outcome = ask(coseSign1(key, { protectedBytes: H('a201263a00011170f94000') }));
    assert.equal(outcome.reason, 'SIGNATURE_INVALID');
    // the same with -70001: 3 verifies
    assert.equal(ask(coseSign1(key, { protectedBytes: H('a201263a0001117003') })).kind, 'accept');
  });

  test('the unprotected bucket\'s type is not checked: a byte string, or an integer, in its place is taken as empty', () => {
    assert.equal(ask(coseSign1(key, { unprotected: H('41a0') })).kind, 'accept');
    assert.equal(ask(coseSign1(key, { unprotected: H('00') })).kind, 'accept');
  });

  test('alg only in the unprotected bucket is used (an advisory of the suite, not a deviation)', () => {
    assert.equal(ask(coseSign1(key, { protectedBytes: Buffer.alloc(0), unprotected: H('a10126') })).kind, 'accept');
  });

  test('an ES256 signature of 66 bytes (r and s as 33-byte integers) is accepted (a producer rule)', () => {
    const padded = (signature) => Buffer.concat([H('00'), signature.subarray(0, 32), H('00'), signature.subarray(32)]);
    assert.equal(ask(coseSign1(key, { signature: padded })).kind, 'accept');
  });

  test('the trusted key\'s kty, crv, alg and key_ops are not read: a key restricted to EdDSA verifies ES256', () => {
    const restricted = cbor.encode(new Map([[1, 2], [-1, 1], [-2, key.x], [-3, key.y], [3, -8], [4, [1]]]));
    assert.equal(ask(coseSign1(key), { keys: [restricted] }).kind, 'accept');
  });
});
