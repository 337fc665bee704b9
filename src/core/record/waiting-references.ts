import type { ParkedReference } from '../ports.ts';
import { RECORD_KIND_ORDER, type RecordKind } from './record-kinds.ts';

const KIND_NUMBER = new Map<RecordKind, number>(RECORD_KIND_ORDER.map((k, i) => [k, i]));
const KIND_COUNT = RECORD_KIND_ORDER.length;

/**
 * References to records not seen yet, packed small: per target kind and id, pairs of numbers (where the
 * reference is: record index × kind count + kind number; then the code of its path within the record), each
 * followed by the id of the record it is in, so an issue can name it. Dropped as soon as the target appears.
 */
export class WaitingReferences {
  private readonly waiting = new Map<RecordKind, Map<string, (number | string)[]>>();
  /** Paths of references within a record ('.lifecycle[0].decision'), stored once each, by code. */
  private readonly paths: string[] = [];
  private readonly pathCodes = new Map<string, number>();
  private waitingCount = 0;

  /** How many references wait. */
  get count(): number {
    return this.waitingCount;
  }

  /** A reference from the record of `fromKind` at `index` (id `fromId`), at `path`, to a record not seen yet. */
  add(
    kind: RecordKind,
    id: string,
    from: { kind: RecordKind; index: number; id: string },
    path: string,
  ): void {
    let byId = this.waiting.get(kind);
    if (!byId) this.waiting.set(kind, (byId = new Map<string, (number | string)[]>()));
    let code = this.pathCodes.get(path);
    if (code === undefined) {
      code = this.paths.push(path) - 1;
      this.pathCodes.set(path, code);
    }
    const place = from.index * KIND_COUNT + (KIND_NUMBER.get(from.kind) ?? 0);
    const refs = byId.get(id);
    if (refs === undefined) byId.set(id, [place, code, from.id]);
    else refs.push(place, code, from.id);
    this.waitingCount++;
  }

  /** The record appeared: nothing waits for it any more. */
  resolve(kind: RecordKind, id: string): void {
    const byId = this.waiting.get(kind);
    const refs = byId?.get(id);
    if (refs === undefined) return;
    this.waitingCount -= refs.length / 3;
    byId?.delete(id);
  }

  /** The ids waited for, by kind. */
  ids(): Map<RecordKind, Set<string>> {
    const out = new Map<RecordKind, Set<string>>();
    for (const [kind, byId] of this.waiting) if (byId.size > 0) out.set(kind, new Set(byId.keys()));
    return out;
  }

  /** The path a reference's code stands for. */
  path(code: number): string | undefined {
    return this.paths[code];
  }

  /** Hands over every waiting reference and forgets them. */
  take(): ParkedReference[] {
    const out: ParkedReference[] = [];
    for (const [kind, byId] of this.waiting) {
      for (const [id, refs] of byId) {
        for (let i = 0; i < refs.length; i += 3) {
          const place = Number(refs[i] ?? 0);
          const fromId = refs[i + 2];
          out.push({
            kind,
            id,
            fromKind: place % KIND_COUNT,
            index: Math.floor(place / KIND_COUNT),
            path: Number(refs[i + 1] ?? 0),
            ...(typeof fromId === 'string' ? { fromId } : {}),
          });
        }
      }
    }
    this.waiting.clear();
    this.waitingCount = 0;
    return out;
  }
}
