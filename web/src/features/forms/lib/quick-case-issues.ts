import type { ZodType } from 'zod';
import { splitVersion } from '../../../../../src/core/record/record-version.ts';
import type { ApiIssue } from '../../../lib/api-write.ts';

// The problems found in the bundle the form of one source makes, before it is sent.

const KINDS_OF_LISTS = {
  sources: 'source',
  persons: 'person',
  organisations: 'organisation',
  cases: 'case',
  charges: 'charge',
  measures: 'measure',
  hearings: 'hearing',
} as const;

const MISSING = 'missing';

// A date's place in a record: '.lifecycle[0].date', '.steps[1].date', '.confirmed.on', '.publishedOn'.
const DATE_PATH = /(date|On|\.on)$/;

/**
 * The problems the core's schemas find in the bundle's records, each at its place in the bundle ('$.charges[1]
 * .lifecycle[0].date'); a value left out is said as required, and a date left out says how to write one a source
 * does not give.
 */
export function bundleIssues(
  bundle: Record<string, unknown>,
  schemas: Readonly<Record<string, ZodType>>,
  words: {
    required: string;
    dateRequired: string;
    /** What zod says on its own of a value given (a length, a number), in the reader's words. */
    other?: (issue: { code: string; input?: unknown }) => string | undefined;
  },
): ApiIssue[] {
  return Object.entries(KINDS_OF_LISTS).flatMap(([list, kind]) =>
    ((bundle[list] as unknown[] | undefined) ?? []).flatMap((record, i) => {
      // The schema's own words for a value left out are replaced by a mark, then by the reader's words.
      // A record the case holds already names the version it was read at; the schema reads the record alone.
      const checked = schemas[kind]?.safeParse(splitVersion(record).record, {
        error: (issue: { code: string; input?: unknown }) =>
          issue.code === 'invalid_type' && issue.input === undefined ? MISSING : words.other?.(issue),
      });
      if (checked === undefined || checked.success) return [];
      return checked.error.issues.map((issue) => {
        const path = `$.${list}[${String(i)}]${issue.path.map((p) => (typeof p === 'number' ? `[${String(p)}]` : `.${String(p)}`)).join('')}`;
        const isMissing = issue.message === MISSING;
        const message = !isMissing
          ? issue.message
          : DATE_PATH.test(path)
            ? words.dateRequired
            : words.required;
        return { code: issue.code, message, path };
      });
    }),
  );
}
