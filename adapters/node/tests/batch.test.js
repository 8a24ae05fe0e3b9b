// The batch protocol end to end: src/main.js as the runner starts it, lines in, lines out.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

import { ed25519Key } from './material.js';

const MAIN = fileURLToPath(new URL('../src/main.js', import.meta.url));

function session(lines, ...args) {
  const run = spawnSync(process.execPath, [MAIN, ...args], { input: `${lines.join('\n')}\n`, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim().split('\n').map((line) => JSON.parse(line));
}

test('hello first, then one answer per request, and exit 0 on bye', () => {
  const key = ed25519Key();
  const verifyLine = JSON.stringify({
    type: 'verify', id: 'v', layer: 'signature', algorithm: 'Ed25519', message: '00', signature: '00'.repeat(64),
    keys: [{ coseKey: key.coseKey.toString('hex') }],
  });
  const answers = session(['{"type":"hello","protocol":1}', verifyLine, '{"type":"bye"}', verifyLine]);
  assert.equal(answers.length, 2);
  assert.deepEqual([answers[0].type, answers[0].protocol, answers[0].ics.implementation], ['hello', 1, 'cose-js+@noble/curves']);
  assert.deepEqual([answers[1].id, answers[1].outcome], ['v', 'reject']);
});

test('a line that is not a JSON object or has no id gets an error; a broken request with an id is unsupported', () => {
  const answers = session(['not json', '[1]', '{"type":"verify"}', '{"type":"verify","id":"x","layer":"signature"}',
    '{"type":"verify","id":"y","layer":"cose","coseSign1":"zz","keys":[]}', '{"type":"frobnicate","id":"z"}']);
  assert.deepEqual(answers.slice(0, 3).map((answer) => answer.type), ['error', 'error', 'error']);
  assert.deepEqual(answers.slice(3).map((answer) => [answer.id, answer.outcome]), [['x', 'unsupported'], ['y', 'unsupported'], ['z', 'unsupported']]);
});

test('a layer outside the statement is unsupported; node-crypto has no cose layer', () => {
  const answers = session(['{"type":"verify","id":"s","layer":"suit","envelope":"","device":{},"scope":"boot","keys":[]}',
    '{"type":"verify","id":"c","layer":"cose","coseSign1":"d2","keys":[]}'], '--crypto');
  assert.deepEqual(answers.map((answer) => answer.outcome), ['unsupported', 'unsupported']);
});

test('--ics prints the statement of the chosen flavour; an unknown argument is exit status 2', () => {
  const ics = spawnSync(process.execPath, [MAIN, '--rfc8032', '--ics'], { encoding: 'utf8' });
  assert.equal(JSON.parse(ics.stdout).coverage[0].profiles[0], 'ed25519-rfc8032');
  assert.equal(spawnSync(process.execPath, [MAIN, '--strict'], { encoding: 'utf8' }).status, 2);
});
