// The conformance statements: what each flavour claims, and that the versions it names are the locked ones.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { FLAVOUR_NAMES, flavour } from '../src/flavours.js';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

test('every direct dependency is pinned exactly, and installed at the locked version', () => {
  for (const [name, version] of Object.entries(manifest.dependencies)) {
    assert.match(version, /^\d+\.\d+\.\d+$/, `${name} is not pinned to one version`);
    assert.equal(lock.packages[`node_modules/${name}`].version, version, name);
  }
  for (const name of ['cose-js', 'cbor', 'elliptic', '@noble/curves']) {
    const installed = JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
    assert.equal(installed, lock.packages[`node_modules/${name}`].version, `${name}: run npm ci`);
  }
});

test('the statements name the locked versions', () => {
  const version = flavour('node').statement.version;
  for (const name of ['cose-js', 'elliptic', 'cbor', '@noble/curves']) {
    assert.ok(version.includes(`${name} ${lock.packages[`node_modules/${name}`].version}`), `${version} lacks ${name}`);
  }
  assert.ok(flavour('node-crypto').statement.version.includes(`OpenSSL ${process.versions.openssl}`));
});

test('node: signature and cose layers and sign; node-rfc8032 and node-crypto: the signature layer only, verify only', () => {
  const layers = (name) => flavour(name).statement.coverage.map((entry) => entry.layer);
  assert.deepEqual(FLAVOUR_NAMES, ['node', 'node-rfc8032', 'node-crypto']);
  assert.deepEqual(layers('node'), ['signature', 'cose']);
  assert.deepEqual(flavour('node').statement.coverage[1].algorithms, ['ES256']);
  assert.deepEqual(flavour('node').statement.operations, ['verify', 'sign']);
  for (const name of ['node-rfc8032', 'node-crypto']) {
    assert.deepEqual(layers(name), ['signature']);
    assert.deepEqual(flavour(name).statement.operations, ['verify']);
  }
  assert.deepEqual(flavour('node-rfc8032').statement.coverage[0].algorithms, ['EdDSA', 'Ed25519']);
});

test('the profiles follow the libraries: ZIP 215 and low S for noble\'s defaults, RFC 8032 for its strict mode and OpenSSL', () => {
  assert.deepEqual(flavour('node').statement.coverage[0].profiles, ['ed25519-zip215', 'ecdsa-low-s']);
  assert.deepEqual(flavour('node-rfc8032').statement.coverage[0].profiles, ['ed25519-rfc8032']);
  assert.deepEqual(flavour('node-crypto').statement.coverage[0].profiles, ['ed25519-rfc8032']);
});
