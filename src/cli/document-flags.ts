import type { SourceDetails } from '../core/source/source.ts';
import type { FieldVisibility } from '../core/common/visibility.ts';

/** document add's flags for the source's details, by the field each sets. */
const DETAIL_FLAGS = {
  author: 'author',
  publisher: 'publisher',
  'published-on': 'publishedOn',
  language: 'language',
  'accessed-on': 'accessedOn',
  'archive-url': 'archiveUrl',
} as const;

/** document add's flags for online material's capture record (standards §3.7), by the field each sets. */
const CAPTURE_FLAGS = {
  platform: 'platform',
  'post-id': 'postId',
  account: 'account',
  'published-at': 'publishedAt',
  'captured-at': 'capturedAt',
  collector: 'collector',
  tool: 'tool',
} as const;

const text = { type: 'string' } as const;

/** The parseArgs options of document add's details, its role and its restricted fields. */
export const DOCUMENT_FLAG_OPTIONS = {
  author: text,
  publisher: text,
  'published-on': text,
  language: text,
  'accessed-on': text,
  'archive-url': text,
  platform: text,
  'post-id': text,
  account: text,
  'published-at': text,
  'captured-at': text,
  collector: text,
  tool: text,
  'document-kind': text,
  restrict: { type: 'string', multiple: true },
} as const satisfies Record<
  keyof typeof DETAIL_FLAGS | keyof typeof CAPTURE_FLAGS | 'document-kind' | 'restrict',
  unknown
>;

/** What document add was told beyond the file: the source's details, its role and the fields to restrict. */
export interface DocumentFlags {
  details: SourceDetails;
  documentKind?: string;
  fieldVisibility?: FieldVisibility;
}

/** The document flags among the parsed values; the core checks each value and names the field it is wrong in. */
export function documentFlagsOf(values: Record<string, unknown>): DocumentFlags | undefined {
  const pick = (flags: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(flags).flatMap(([flag, field]) =>
        typeof values[flag] === 'string' ? [[field, values[flag]]] : [],
      ),
    );
  const capture = pick(CAPTURE_FLAGS);
  const details = {
    ...pick(DETAIL_FLAGS),
    ...(Object.keys(capture).length > 0 ? { capture } : {}),
  } as SourceDetails;
  const kind = values['document-kind'];
  const restrict = (values.restrict as string[] | undefined)?.flatMap((r) => r.split(','));
  if (Object.keys(details).length === 0 && kind === undefined && restrict === undefined) return undefined;
  return {
    details,
    ...(typeof kind === 'string' ? { documentKind: kind } : {}),
    ...(restrict !== undefined
      ? { fieldVisibility: Object.fromEntries(restrict.map((f) => [f.trim(), 'restricted' as const])) }
      : {}),
  };
}
