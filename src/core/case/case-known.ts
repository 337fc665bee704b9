import type { Day } from '../dates/index.ts';
import { hearingsKnownOn } from '../hearing/hearing-known.ts';
import type { CaseFile } from './case-file.ts';

/**
 * The case file as it could be known on a day: no hearing announced later, no postponement or cancellation
 * decided later. Records that carry no day they became known are kept as they are.
 */
export function caseFileKnownOn(file: CaseFile, asOf: Day): CaseFile {
  return { ...file, hearings: hearingsKnownOn(file.hearings, asOf) };
}
