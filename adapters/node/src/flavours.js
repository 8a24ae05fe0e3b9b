// The three adapters this program is (adapters/adapters.json): which library verifies at each layer, and
// the conformance statement (adapters/PROTOCOL.md, "The conformance statement") that says so.
//
// - `node` (run): @noble/curves at the signature layer with its defaults (Ed25519 under ZIP 215, ECDSA with
//   low S), cose-js at the cose layer (ES256), and cose-js as the SUIT producer (ES256);
// - `node-rfc8032` (run --rfc8032): @noble/curves's Ed25519 with { zip215: false }, its RFC 8032 mode, at
//   the signature layer; its P-256 is the same as `node`'s, so it states Ed25519 only;
// - `node-crypto` (run --crypto): Node's own crypto module (OpenSSL) at the signature layer.

import { readFileSync } from 'node:fs';

import * as noble from './noble.js';
import * as nodeCrypto from './node-crypto.js';
import { COSE_ALGORITHMS } from './cose-layer.js';

export const MAX_MESSAGE_BYTES = 1024 * 1024;

const P256_AND_ED25519 = Object.freeze(['ES256', 'ESP256', 'EdDSA', 'Ed25519']);
const ED25519_ONLY = Object.freeze(['EdDSA', 'Ed25519']);

/** The version of an installed package, from its package.json under adapters/node/node_modules. */
export function installedVersion(name) {
  return JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
}

const FLAVOURS = {
  node: () => ({
    name: 'node',
    signatureAlgorithms: P256_AND_ED25519,
    primitives: {
      ecdsaP256: noble.verifyEcdsaP256,
      ed25519: (key, message, signature) => noble.verifyEd25519(key, message, signature, true),
    },
    cose: true,
    sign: true,
    statement: {
      implementation: 'cose-js+@noble/curves',
      version: [
        `cose-js ${installedVersion('cose-js')} (elliptic ${installedVersion('elliptic')}, cbor ${installedVersion('cbor')})`,
        `@noble/curves ${installedVersion('@noble/curves')}`,
        `Node.js ${process.versions.node}`,
      ].join(', '),
      coverage: [
        // noble's defaults: ed25519.verify with zip215: true, p256.verify with lowS: true
        { layer: 'signature', algorithms: [...P256_AND_ED25519], profiles: ['ed25519-zip215', 'ecdsa-low-s'] },
        // cose-js implements -7 only among this suite's algorithms; elliptic accepts high S, and no
        // Ed25519 vector reaches this layer, so no profile
        { layer: 'cose', algorithms: [...COSE_ALGORITHMS], profiles: [] },
      ],
      operations: ['verify', 'sign'],
      limits: { maxMessageBytes: MAX_MESSAGE_BYTES },
    },
  }),
  'node-rfc8032': () => ({
    name: 'node-rfc8032',
    signatureAlgorithms: ED25519_ONLY,
    primitives: { ed25519: (key, message, signature) => noble.verifyEd25519(key, message, signature, false) },
    cose: false,
    sign: false,
    statement: {
      implementation: '@noble/curves (ed25519 zip215: false)',
      version: `@noble/curves ${installedVersion('@noble/curves')}, Node.js ${process.versions.node}`,
      // RFC 8032 decoding (canonical A and R, S < L) and the cofactored equation, as ed25519-rfc8032 allows;
      // small-order A refused (either under ed25519-rfc8032), small-order R accepted, so not ed25519-strict
      coverage: [{ layer: 'signature', algorithms: [...ED25519_ONLY], profiles: ['ed25519-rfc8032'] }],
      operations: ['verify'],
      limits: { maxMessageBytes: MAX_MESSAGE_BYTES },
    },
  }),
  'node-crypto': () => ({
    name: 'node-crypto',
    signatureAlgorithms: P256_AND_ED25519,
    primitives: { ecdsaP256: nodeCrypto.verifyEcdsaP256, ed25519: nodeCrypto.verifyEd25519 },
    cose: false,
    sign: false,
    statement: {
      implementation: 'node:crypto (OpenSSL)',
      version: `Node.js ${process.versions.node}, OpenSSL ${process.versions.openssl}`,
      // OpenSSL's Ed25519 refuses S >= L and a non-canonical R and verifies cofactorless; its ECDSA
      // accepts high S, so not ecdsa-low-s
      coverage: [{ layer: 'signature', algorithms: [...P256_AND_ED25519], profiles: ['ed25519-rfc8032'] }],
      operations: ['verify'],
      limits: { maxMessageBytes: MAX_MESSAGE_BYTES },
    },
  }),
};

export const FLAVOUR_NAMES = Object.freeze(Object.keys(FLAVOURS));

/** The flavour of this name (one of FLAVOUR_NAMES). */
export function flavour(name) {
  const make = FLAVOURS[name];
  if (make === undefined) throw new Error(`no adapter flavour ${name}; the flavours are ${FLAVOUR_NAMES.join(', ')}`);
  return make();
}
