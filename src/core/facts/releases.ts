import type { Release, ReleaseReason } from '../case/release.ts';
import type { Citation } from '../common/schemas.ts';
import type { Day } from '../dates/index.ts';
import { datedBounds, happenedBy, type DatedBounds, type Tri } from './fact-dates.ts';

/** A recorded release as the facts state it: when, why, whether it has happened by the date, and its sources. */
export interface ReleaseFact {
  date: DatedBounds;
  reason: ReleaseReason;
  decision?: string;
  note?: string;
  happened: Tri;
  sources: Citation[];
}

/** The person's releases that can have happened by the date, earliest first. */
export function personReleases(
  releases: readonly Release[] | undefined,
  person: string,
  asOf: Day,
): ReleaseFact[] {
  return (releases ?? [])
    .filter((r) => r.person === person)
    .map((r): ReleaseFact => {
      const date = datedBounds(r.date);
      return {
        date,
        reason: r.reason,
        ...(r.decision !== undefined ? { decision: r.decision } : {}),
        ...(r.note !== undefined ? { note: r.note } : {}),
        happened: happenedBy(date, asOf),
        sources: r.sources,
      };
    })
    .filter((r) => r.happened !== 'no')
    .sort((a, b) => a.date.earliest.localeCompare(b.date.earliest));
}

/**
 * How a release bears on something that began at `began`: 'yes' when the release certainly came after it (so it
 * ended it, if it had happened by the date), 'possibly' when the dates leave it open, 'no' when it came before.
 */
export function releaseEnds(release: ReleaseFact, began: { earliest: Day; latest: Day }): Tri {
  if (began.latest <= release.date.earliest) return release.happened;
  return began.earliest <= release.date.latest ? 'possibly' : 'no';
}
