// The producer: the envelope's structure read back with the cbor decoder, and its COSE_Sign1 checked by
// node:crypto over a Sig_structure written here (RFC 9052 §4.4, detached payload).

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';

import cbor from 'cbor';

import { flavour } from '../src/flavours.js';
import { sign } from '../src/service.js';
import { p256Key } from './material.js';

const key = p256Key();
const manifest = cbor.encode(new Map([[1, 1], [2, 7]]));
const request = (algorithm, manifestBstr = cbor.encode(manifest)) => ({
  type: 'sign', id: 'p', layer: 'suit', algorithm, manifest: manifestBstr.toString('hex'),
  key: { coseKey: key.privateCoseKey.toString('hex') },
});

test('an ES256 envelope: tag 107, the SHA-256 digest of the bstr-wrapped manifest, a detached COSE_Sign1 that verifies', async () => {
  const answer = await sign(request('ES256'), flavour('node'));
  const envelope = cbor.decodeFirstSync(Buffer.from(answer.envelope, 'hex'));
  assert.equal(envelope.tag, 107);
  assert.deepEqual([...envelope.value.keys()], [2, 3]);
  assert.deepEqual(envelope.value.get(3), manifest);
  const [digest, block] = cbor.decodeFirstSync(envelope.value.get(2));
  assert.deepEqual(cbor.decodeFirstSync(digest), [-16, crypto.createHash('sha256').update(cbor.encode(manifest)).digest()]);
  const sign1 = cbor.decodeFirstSync(block);
  assert.equal(sign1.tag, 18);
  const [protectedBytes, unprotected, payload, signature] = sign1.value;
  assert.deepEqual(protectedBytes, Buffer.from('a10126', 'hex'));
  assert.equal(payload, null);
  assert.equal(Object.keys(unprotected).length, 0);
  const tbs = cbor.encode(['Signature1', protectedBytes, Buffer.alloc(0), digest]);
  assert.ok(crypto.verify('sha256', tbs, { key: key.publicKey, dsaEncoding: 'ieee-p1363' }, signature));
});

test('ESP256, EdDSA, Ed25519 and HSS-LMS are unsupported: cose-js signs ES256 only of this suite\'s algorithms', async () => {
  for (const algorithm of ['ESP256', 'EdDSA', 'Ed25519', 'HSS-LMS']) {
    const answer = await sign(request(algorithm), flavour('node'));
    assert.equal(answer.outcome, 'unsupported', algorithm);
  }
});

test('a manifest that is not a byte string, and the flavours without a producer, are unsupported', async () => {
  assert.equal((await sign(request('ES256', cbor.encode(manifest).subarray(1)), flavour('node'))).outcome, 'unsupported');
  assert.equal((await sign(request('ES256'), flavour('node-crypto'))).outcome, 'unsupported');
});
