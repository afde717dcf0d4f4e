/** Runs a command with inherited output; resolves with its exit code. */
import { spawn } from 'node:child_process';

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((ok) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    child.on('close', (code) => ok(code ?? 1));
    child.on('error', () => ok(127));
  });
}
