import type { Clock } from './core/ports.ts';

/** The wall clock (ISO instants in UTC): what the running CLI and server use, and tests replace. */
export const SYSTEM_CLOCK: Clock = { now: () => new Date().toISOString() };
