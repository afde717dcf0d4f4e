/** A plain progress counter on stderr for long runs: silent when stderr is not a terminal or in CI. */
export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  const live = !!stream.isTTY && !process.env.CI && total >= 200;
  let done = 0;
  let last = 0;
  const draw = () => stream.write(`\r${label}: ${done}/${total}`);
  return {
    tick() {
      done++;
      if (!live) return;
      const now = Date.now();
      if (now - last >= 200) {
        last = now;
        draw();
      }
    },
    done() {
      if (live) stream.write('\r\x1b[K');
    },
  };
}
