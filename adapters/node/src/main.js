// The Node adapter's entry point (adapters/node/run passes its arguments through):
//   main.js [--rfc8032 | --crypto]          the batch protocol on stdin/stdout (adapters node, node-rfc8032, node-crypto)
//   main.js [--rfc8032 | --crypto] --ics    print the conformance statement

import { serve } from './batch.js';
import { flavour } from './flavours.js';

const USAGE = 'usage: run [--rfc8032 | --crypto] [--ics]';

function parse(args) {
  let name = 'node';
  let ics = false;
  for (const arg of args) {
    if (arg === '--ics') ics = true;
    else if ((arg === '--rfc8032' || arg === '--crypto') && name === 'node') name = `node-${arg.slice(2)}`;
    else throw new Error(`node adapter: unexpected argument ${JSON.stringify(arg)}; ${USAGE}`);
  }
  return { name, ics };
}

let options;
try {
  options = parse(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
const chosen = flavour(options.name);
if (options.ics) {
  process.stdout.write(`${JSON.stringify(chosen.statement, null, 2)}\n`);
} else {
  await serve(process.stdin, (answer) => process.stdout.write(`${JSON.stringify(answer)}\n`), chosen);
}
