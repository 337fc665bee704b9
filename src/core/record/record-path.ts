import { RECORD_KINDS, type RecordKind } from './record-kinds.ts';

/** The JSON path of a record in a bundle, e.g. '$.charges[3]', with an optional suffix. */
export function recordPath(kind: RecordKind, index: number, suffix = ''): string {
  return `$.${RECORD_KINDS[kind].collection}[${index}]${suffix}`;
}
