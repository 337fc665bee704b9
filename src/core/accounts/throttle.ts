// Login throttling: a few failures are free; past them each further try must wait, twice as long each time.

/** How many failures in the window an account, or an address, may have before it must wait. */
export const FREE_FAILURES = { account: 5, address: 20 } as const;
/** How far back failures count. */
export const THROTTLE_WINDOW_SECONDS = 15 * 60;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;

/**
 * How many seconds to wait before the next try, given the times of recent failures (ISO instants, any order)
 * and the number that are free; 0 when a try may be made now.
 */
export function waitSeconds(failures: readonly string[], free: number, now: string): number {
  if (failures.length < free) return 0;
  const over = failures.length - free;
  const delay = Math.min(FIRST_DELAY_SECONDS * 2 ** over, MAX_DELAY_SECONDS);
  const last = Math.max(...failures.map((f) => Date.parse(f)));
  const until = last + delay * 1000;
  return Math.max(0, Math.ceil((until - Date.parse(now)) / 1000));
}
