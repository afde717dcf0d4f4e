/**
 * npm test — typecheck, then unit tests and browser tests in one vitest run. The browser tests need Debian's chromium:
 * when it is missing we install it (as root) or stop with the exact command to run. Never a silent skip.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { run } from './lib/run.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    console.log(`chromium not found at ${CHROMIUM}; installing it: ${INSTALL}`);
    if ((await run('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${INSTALL}`])) !== 0 || !existsSync(CHROMIUM)) {
      console.error(`could not install chromium; run as root: ${INSTALL}`);
      process.exit(1);
    }
  } else {
    console.error(`The browser tests need Debian's chromium at ${CHROMIUM}. Install it with:\n  sudo ${INSTALL}\nthen run npm test again.`);
    process.exit(1);
  }
}
// types first: a type error is a failure even where no test reaches the code (tsc takes ≈ 2 s); astro sync
// writes the astro:content types into .astro/, which a fresh clone does not have yet
const typesOk =
  (await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'])) === 0 &&
  (await run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'])) === 0;
if (!typesOk) {
  console.error('typecheck failed (above); fix it, then run npm test again');
  console.log('\ntests: 0 passed, 1 failed (typecheck)');
  process.exit(1);
}

const REPORT = 'test-results/vitest.json';
rmSync(REPORT, { force: true });
const code = await run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`, ...process.argv.slice(2)]);
// one plain closing line that any CI can read
try {
  const r = JSON.parse(readFileSync(REPORT, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
} catch {
  console.log('\ntests: no report was written (vitest failed before running tests)');
}
process.exitCode = code;
