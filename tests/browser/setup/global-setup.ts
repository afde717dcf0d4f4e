/**
 * Browser tests: ingest the shipped inbox, build the site into dist-test/, serve it on a free port and hand
 * the URL to the tests. HINDSIGHT_TEST_SITE=DIR serves an already built folder instead (no build).
 */
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/lib/static-server.ts';

let server: Server | undefined;

export default async function setup(project: TestProject) {
  let dir = process.env.HINDSIGHT_TEST_SITE;
  if (!dir) {
    dir = 'dist-test';
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    execFileSync(process.execPath, ['scripts/ingest.ts'], { stdio: 'inherit', env });
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dir, '--silent'], { stdio: 'inherit', env });
  }
  const served = await serveStatic(dir);
  server = served.server;
  project.provide('baseUrl', served.url);
  project.provide('siteDir', dir);
  return () => new Promise<void>((ok) => server?.close(() => ok()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
  }
}
