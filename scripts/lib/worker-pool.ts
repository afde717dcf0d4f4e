/**
 * A small pool of worker threads. Each worker runs its tasks one at a time, in the order sent, so each task gets
 * its own time budget: a task that runs past `timeoutMs`, or whose worker runs out of memory (`resourceLimits`)
 * or crashes, fails alone, the worker is replaced, and the other tasks carry on.
 *
 * `depth` tasks may be sent to a worker ahead (default 1): the next one waits in the worker's own message queue,
 * so the worker never sits idle while the main thread, busy or descheduled, gets round to sending it. Only the
 * first task in flight is running; its budget starts when it is sent (first) or when the reply before it
 * arrives. When it fails, the ones queued behind it had not started: they go back to the front of the queue.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface PoolOptions {
  script: URL;
  size: number;
  timeoutMs: number;
  /** Tasks in flight per worker (1 = send the next one only after the reply). */
  depth?: number;
  resourceLimits?: ResourceLimits;
  workerData?: unknown;
}

export class TaskError extends Error {}

interface Pending {
  task: unknown;
  ok: (value: unknown) => void;
  fail: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Sent and not answered, in order: the first one is running. */
  inflight: Pending[];
  timer?: ReturnType<typeof setTimeout>;
  dead: boolean;
}

export function createPool(options: PoolOptions) {
  const depth = Math.max(1, options.depth ?? 1);
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let closed = false;

  // A worker says 'ready' once its modules are loaded; the time budget of a task starts when it runs.
  // A worker that fails before it is ready is a setup error: every waiting task fails with it.
  const spawn = (index: number): Slot => {
    const worker = new Worker(options.script, { resourceLimits: options.resourceLimits, workerData: options.workerData });
    const slot: Slot = { worker, ready: false, inflight: [], dead: false };
    worker.on('error', () => undefined); // errors are handled below; a late one must not go unhandled
    const onStartError = (error: Error | number) => {
      if (slot.ready || closed) return;
      closed = true;
      const reason = new TaskError(`worker failed to start: ${error instanceof Error ? error.message : `exit code ${error}`}`);
      for (const pending of queue.splice(0)) pending.fail(reason);
    };
    worker.once('message', () => {
      slot.ready = true;
      worker.off('error', onStartError).off('exit', onStartError);
      worker.on('message', (value: unknown) => answered(slot, value));
      worker.on('error', (error: Error & { code?: string }) =>
        broken(index, slot, new TaskError(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ran out of memory (worker limit reached)' : `worker crashed: ${error.message}`)),
      );
      worker.on('exit', (code: number) => broken(index, slot, new TaskError(`worker exited (code ${code})`)));
      dispatch();
    });
    worker.on('error', onStartError).on('exit', onStartError);
    return slot;
  };

  /** The running task's budget, from now. */
  const arm = (index: number, slot: Slot) => {
    clearTimeout(slot.timer);
    slot.timer = slot.inflight.length
      ? setTimeout(() => broken(index, slot, new TaskError(`took longer than ${options.timeoutMs} ms; stopped`)), options.timeoutMs)
      : undefined;
  };

  const answered = (slot: Slot, value: unknown) => {
    if (slot.dead) return;
    const pending = slot.inflight.shift();
    arm(slots.indexOf(slot), slot);
    pending?.ok(value);
    dispatch();
  };

  /** The running task failed (budget, memory, crash): it fails, the ones behind it are queued again. */
  const broken = (index: number, slot: Slot, error: Error) => {
    if (slot.dead) return;
    slot.dead = true;
    clearTimeout(slot.timer);
    const [running, ...notStarted] = slot.inflight.splice(0);
    void slot.worker.terminate();
    if (slots[index] === slot && !closed) slots[index] = spawn(index);
    queue.unshift(...notStarted);
    running?.fail(error);
    dispatch();
  };

  const dispatch = () => {
    if (closed) return;
    for (let i = 0; i < slots.length && queue.length; i++) {
      const slot = slots[i];
      if (!slot.ready || slot.dead) continue;
      while (slot.inflight.length < depth && queue.length) {
        const pending = queue.shift()!;
        slot.inflight.push(pending);
        if (slot.inflight.length === 1) arm(i, slot);
        slot.worker.postMessage(pending.task);
      }
    }
  };

  for (let i = 0; i < options.size; i++) slots.push(spawn(i));

  return {
    run<T>(task: unknown): Promise<T> {
      return new Promise<T>((ok, fail) => {
        if (closed) return fail(new TaskError('the worker pool is closed'));
        queue.push({ task, ok: ok as (value: unknown) => void, fail });
        dispatch();
      });
    },
    async close(): Promise<void> {
      closed = true;
      for (const slot of slots) (slot.dead = true), clearTimeout(slot.timer);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
