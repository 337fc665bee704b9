import type { Issue } from '../errors.ts';

/**
 * The issues an import finds, however many: every one is counted, and the first `keep` in the order `order`
 * gives (the file's) are kept, so memory stays flat when a whole file is wrong and the report can still say
 * how many there were in all. Used as an array is pushed to.
 */
export class IssueTally {
  private items: Issue[] = [];
  /** How many issues were found, kept or not. */
  total = 0;

  constructor(
    private readonly keep: number,
    private readonly order: (issues: Issue[]) => Issue[],
  ) {}

  push(...issues: Issue[]): number {
    this.total += issues.length;
    this.items.push(...issues);
    // Trimmed only now and then, so that each issue is sorted a few times at most.
    if (this.items.length >= 2 * this.keep) this.items = this.order(this.items).slice(0, this.keep);
    return this.total;
  }

  /** How many issues were found (as `total`), so `length > 0` reads as it does for an array. */
  get length(): number {
    return this.total;
  }

  /** The first `keep` issues in order. */
  get kept(): Issue[] {
    return this.order(this.items).slice(0, this.keep);
  }
}
