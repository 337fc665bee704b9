/**
 * Runs background jobs one at a time, in the order they came: the server reads each uploaded document's text
 * after the upload's answer, so a long OCR never blocks a request and two never compete for the machine.
 */
export interface TextQueue<J> {
  /** Adds a job; it runs once those before it are done. */
  add(job: J): void;
  /** How many jobs wait or run. */
  readonly size: number;
  /** Resolves when no job waits or runs (for tests and for a server that stops). */
  idle(): Promise<void>;
}

/** A queue over `run`; a job that fails is passed to `onError` and the queue goes on. */
export function createTextQueue<J>(
  run: (job: J) => Promise<unknown>,
  onError: (error: unknown, job: J) => void,
): TextQueue<J> {
  const waiting: J[] = [];
  let running: Promise<void> | undefined;
  const drain = async () => {
    for (let job = waiting.shift(); job !== undefined; job = waiting.shift()) {
      try {
        await run(job);
      } catch (error) {
        onError(error, job);
      }
    }
    running = undefined;
  };
  return {
    add(job) {
      waiting.push(job);
      // The job starts on a later turn of the event loop: the request that added it answers first.
      running ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(drain);
    },
    get size() {
      return waiting.length + (running !== undefined ? 1 : 0);
    },
    async idle() {
      while (running !== undefined) await running;
    },
  };
}
