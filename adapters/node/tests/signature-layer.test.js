// The signature layer of the three flavours, on inputs made by node:crypto and by hand. Each test pins
// one behaviour of the library; a library upgrade that changes it fails here.

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, test } from 'node:test';

import cbor from 'cbor';

import { flavour } from '../src/flavours.js';
import { verify } from '../src/service.js';
import { ED25519_L, ED25519_P, ed25519Key, edwardsPoint, es256, highS, okpKey, otherS, p256Key } from './material.js';

const node = flavour('node');
const rfc8032 = flavour('node-rfc8032');
const nodeCrypto = flavour('node-crypto');
const MESSAGE = Buffer.from('the signed message');

function ask(chosen, algorithm, coseKey, signature, message = MESSAGE) {
  return verify({
    type: 'verify', id: 't', layer: 'signature', algorithm, message: message.toString('hex'),
    signature: signature.toString('hex'), keys: [{ coseKey: coseKey.toString('hex') }],
  }, chosen);
}

describe('ECDSA P-256', () => {
  const key = p256Key();
  const signature = es256(key, MESSAGE);
  const [low, high] = highS(signature) ? [otherS(signature), signature] : [signature, otherS(signature)];

  test('a signature by node:crypto verifies under ES256 and ESP256 in node and node-crypto', () => {
    for (const chosen of [node, nodeCrypto]) {
      for (const algorithm of ['ES256', 'ESP256']) assert.equal(ask(chosen, algorithm, key.coseKey, low).kind, 'accept');
    }
  });

  test('a changed message is SIGNATURE_INVALID for noble, a reasonless reject for node:crypto', () => {
    assert.equal(ask(node, 'ES256', key.coseKey, low, Buffer.from('another')).reason, 'SIGNATURE_INVALID');
    const crypto = ask(nodeCrypto, 'ES256', key.coseKey, low, Buffer.from('another'));
    assert.deepEqual([crypto.kind, crypto.reason], ['reject', null]);
  });

  test('noble refuses high S by default (lowS: true), node:crypto accepts it', () => {
    const noble = ask(node, 'ES256', key.coseKey, high);
    assert.deepEqual([noble.kind, noble.reason], ['reject', null]);
    assert.match(noble.detail, /lowS/);
    assert.equal(ask(nodeCrypto, 'ES256', key.coseKey, high).kind, 'accept');
  });

  test('r = 0 and a 63-byte signature are SIGNATURE_MALFORMED for noble', () => {
    const zero = Buffer.concat([Buffer.alloc(32), low.subarray(32)]);
    assert.equal(ask(node, 'ES256', key.coseKey, zero).reason, 'SIGNATURE_MALFORMED');
    assert.equal(ask(node, 'ES256', key.coseKey, low.subarray(1)).reason, 'SIGNATURE_MALFORMED');
    assert.equal(ask(nodeCrypto, 'ES256', key.coseKey, low.subarray(1)).kind, 'reject');
  });

  test('a compressed key (y as its sign bit) verifies in both', () => {
    const compressed = cbor.encode(new Map([[1, 2], [-1, 1], [-2, key.x], [-3, (key.y[31] & 1) === 1]]));
    assert.equal(ask(node, 'ES256', compressed, low).kind, 'accept');
    assert.equal(ask(nodeCrypto, 'ES256', compressed, low).kind, 'accept');
  });

  test('an off-curve key is a BAD_KEY in both', () => {
    const y = Buffer.from(key.y);
    y[31] ^= 1;
    const off = cbor.encode(new Map([[1, 2], [-1, 1], [-2, key.x], [-3, y]]));
    assert.equal(ask(node, 'ES256', off, low).reason, 'BAD_KEY');
    assert.equal(ask(nodeCrypto, 'ES256', off, low).reason, 'BAD_KEY');
  });

  test('an OKP key under ES256 is ALGORITHM_KEY_MISMATCH; an unknown algorithm is UNSUPPORTED_ALGORITHM', () => {
    assert.equal(ask(node, 'ES256', ed25519Key().coseKey, low).reason, 'ALGORITHM_KEY_MISMATCH');
    assert.equal(ask(node, '-35', key.coseKey, low).reason, 'UNSUPPORTED_ALGORITHM');
    assert.equal(ask(rfc8032, 'ES256', key.coseKey, low).reason, 'UNSUPPORTED_ALGORITHM');
  });

  test('a COSE_Key that is not a map is a BAD_KEY', () => {
    assert.equal(ask(node, 'ES256', cbor.encode([1, 2]), low).reason, 'BAD_KEY');
  });
});

describe('Ed25519', () => {
  const key = ed25519Key();
  const signature = crypto.sign(null, MESSAGE, key.privateKey);
  // the identity written canonically (y = 1), non-canonically (y = p + 1), and R = identity, S = 0: a
  // "signature" of every message under the identity key
  const identity = edwardsPoint(1n);
  const identityPlusP = edwardsPoint(ED25519_P + 1n);
  const forgery = Buffer.concat([identity, Buffer.alloc(32)]);

  test('a signature by node:crypto verifies in all three, under EdDSA and Ed25519', () => {
    for (const chosen of [node, rfc8032, nodeCrypto]) {
      for (const algorithm of ['EdDSA', 'Ed25519']) assert.equal(ask(chosen, algorithm, key.coseKey, signature).kind, 'accept');
    }
  });

  test('S + L: SIGNATURE_MALFORMED for noble in both modes, rejected by node:crypto', () => {
    const s = BigInt(`0x${Buffer.from(signature.subarray(32)).reverse().toString('hex')}`);
    const plusL = Buffer.concat([signature.subarray(0, 32), edwardsPoint(s + ED25519_L)]);
    assert.equal(ask(node, 'Ed25519', key.coseKey, plusL).reason, 'SIGNATURE_MALFORMED');
    assert.equal(ask(rfc8032, 'Ed25519', key.coseKey, plusL).reason, 'SIGNATURE_MALFORMED');
    assert.equal(ask(nodeCrypto, 'Ed25519', key.coseKey, plusL).kind, 'reject');
  });

  test('the small-order forgery: accepted by ZIP 215 and node:crypto, a BAD_KEY in noble RFC 8032 mode', () => {
    assert.equal(ask(node, 'Ed25519', okpKey(identity), forgery).kind, 'accept');
    assert.equal(ask(nodeCrypto, 'Ed25519', okpKey(identity), forgery).kind, 'accept');
    assert.equal(ask(rfc8032, 'Ed25519', okpKey(identity), forgery).reason, 'BAD_KEY');
  });

  test('the identity key written as y = p + 1: accepted by ZIP 215 and by node:crypto (RFC 8032 §5.1.3 refuses it)', () => {
    assert.equal(ask(node, 'Ed25519', okpKey(identityPlusP), forgery).kind, 'accept');
    assert.equal(ask(nodeCrypto, 'Ed25519', okpKey(identityPlusP), forgery).kind, 'accept');
    const rfc = ask(rfc8032, 'Ed25519', okpKey(identityPlusP), forgery);
    assert.equal(rfc.reason, 'BAD_KEY');
    assert.match(rfc.detail, /Point\.fromBytes/);
  });

  test('a 63-byte signature is SIGNATURE_MALFORMED for noble', () => {
    assert.equal(ask(node, 'Ed25519', key.coseKey, signature.subarray(1)).reason, 'SIGNATURE_MALFORMED');
  });

  test('an EC2 key under Ed25519 is ALGORITHM_KEY_MISMATCH; a 31-byte key is a BAD_KEY', () => {
    assert.equal(ask(node, 'Ed25519', p256Key().coseKey, signature).reason, 'ALGORITHM_KEY_MISMATCH');
    assert.equal(ask(node, 'Ed25519', okpKey(key.x.subarray(1)), signature).reason, 'BAD_KEY');
    assert.equal(ask(nodeCrypto, 'Ed25519', okpKey(key.x.subarray(1)), signature).reason, 'BAD_KEY');
  });
});
