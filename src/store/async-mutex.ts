/** Runs tasks one after another; the SQLite store's single connection takes one writer at a time. */
export class AsyncMutex {
  #tail: Promise<unknown> = Promise.resolve();

  /** Runs the task after every task queued before it has settled. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task, task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
