/** Who writes, when and why: one per unit of work, stamped on every row and revision it writes. */
export interface WriteContext {
  txId: string;
  actor: string;
  at: string;
  reason: string | null;
}
