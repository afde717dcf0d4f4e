/** Runs a command under /usr/bin/time -v (when present) and returns wall seconds, peak RSS and its output. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  code: number;
  seconds: number;
  /** Peak resident memory of the command and its children, MB; null when /usr/bin/time is missing. */
  peakMb: number | null;
  /** CPU seconds (user + system), when known. */
  cpuSeconds: number | null;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

export function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measured> {
  const report = join(tmpdir(), `hindsight-bench-time-${process.pid}-${Date.now()}.txt`);
  const timed = existsSync(TIME);
  const [cmd, argv] = timed ? [TIME, ['-v', '-o', report, command, ...args]] : [command, args];
  const started = performance.now();
  return new Promise((ok) => {
    const child = spawn(cmd, argv, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-20_000)));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      let peakMb: number | null = null;
      let cpuSeconds: number | null = null;
      if (timed && existsSync(report)) {
        const text = readFileSync(report, 'utf8');
        const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
        const user = /User time \(seconds\): ([\d.]+)/.exec(text);
        const sys = /System time \(seconds\): ([\d.]+)/.exec(text);
        peakMb = kb ? Math.round(Number(kb[1]) / 1024) : null;
        cpuSeconds = user && sys ? Number(user[1]) + Number(sys[1]) : null;
        rmSync(report, { force: true });
      }
      ok({ code: code ?? 1, seconds, peakMb, cpuSeconds, stdout, stderr });
    });
  });
}
