/**
 * A small pool of worker threads, one task at a time per worker, so each task gets its own time budget:
 * a task that runs past `timeoutMs`, or whose worker runs out of memory (`resourceLimits`) or crashes, fails
 * alone, the worker is replaced, and the other tasks carry on.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface PoolOptions {
  script: URL;
  size: number;
  timeoutMs: number;
  resourceLimits?: ResourceLimits;
  workerData?: unknown;
}

export class TaskError extends Error {}

interface Slot {
  worker: Worker;
  busy: boolean;
  ready: boolean;
}

interface Pending {
  task: unknown;
  ok: (value: unknown) => void;
  fail: (error: Error) => void;
}

export function createPool(options: PoolOptions) {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let closed = false;

  // A worker says 'ready' once its modules are loaded; the time budget of a task starts when it is sent.
  // A worker that fails before it is ready is a setup error: every waiting task fails with it.
  const spawn = (): Slot => {
    const worker = new Worker(options.script, { resourceLimits: options.resourceLimits, workerData: options.workerData });
    const slot: Slot = { worker, busy: false, ready: false };
    worker.on('error', () => undefined); // errors are handled per task below; a late one must not go unhandled
    const onStartError = (error: Error | number) => {
      if (slot.ready || closed) return;
      closed = true;
      const reason = new TaskError(`worker failed to start: ${error instanceof Error ? error.message : `exit code ${error}`}`);
      for (const pending of queue.splice(0)) pending.fail(reason);
    };
    worker.once('message', () => {
      slot.ready = true;
      worker.off('error', onStartError).off('exit', onStartError);
      dispatch();
    });
    worker.on('error', onStartError).on('exit', onStartError);
    return slot;
  };

  const dispatch = () => {
    for (let i = 0; i < slots.length && queue.length && !closed; i++) if (slots[i].ready && !slots[i].busy) runOn(i, queue.shift()!);
  };

  function runOn(index: number, pending: Pending) {
    const slot = slots[index];
    slot.busy = true;
    let settled = false;
    const finish = (replace: boolean, error: Error | null, value?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      slot.worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (replace) {
        void slot.worker.terminate();
        slots[index] = spawn();
      } else slot.busy = false;
      if (error) pending.fail(error);
      else pending.ok(value);
      dispatch();
    };
    const onMessage = (value: unknown) => finish(false, null, value);
    const onError = (error: Error & { code?: string }) =>
      finish(true, new TaskError(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ran out of memory (worker limit reached)' : `worker crashed: ${error.message}`));
    const onExit = (code: number) => finish(true, new TaskError(`worker exited (code ${code})`));
    const timer = setTimeout(() => finish(true, new TaskError(`took longer than ${options.timeoutMs} ms; stopped`)), options.timeoutMs);
    slot.worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    slot.worker.postMessage(pending.task);
  }

  for (let i = 0; i < options.size; i++) slots.push(spawn());

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
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
