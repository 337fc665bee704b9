import { displayName, type Name } from '../common/names.ts';
import type { Suggestion } from './search.ts';

/** The kinds whose records have names in several languages; others are suggested under their title. */
const NAMED_KINDS = ['person', 'organisation'] as const;
type NamedKind = (typeof NAMED_KINDS)[number];

/** Reads records of a kind by id as the reader may see them (their names withheld where the reader may not see). */
export type ReadNames = (
  kind: NamedKind,
  ids: string[],
) => Promise<{ id: string; names?: readonly Name[] }[]>;

/** The script a language is written in, where a reader of it reads one script. */
const SCRIPT_OF: Readonly<Record<string, string>> = {
  ru: 'Cyrl',
  kk: 'Cyrl',
  uk: 'Cyrl',
  be: 'Cyrl',
  en: 'Latn',
};

/** The name in the reader's language, else one in its script (a Kazakh Cyrillic name for a reader of Russian). */
function nameFor(names: readonly Name[], language: string): string | undefined {
  if (names.some((n) => n.language === language)) return displayName(names, language);
  const script = SCRIPT_OF[language];
  const written = names.filter((n) => n.script === script);
  return (written.find((n) => n.isPreferred) ?? written[0])?.value;
}

/**
 * Suggestions named for a reader of a language: a person or an organisation under its name in that language
 * (the preferred one first), else in its script, else under the index's title; the order and the other suggestions are kept.
 */
export async function suggestionsNamedIn(
  suggestions: readonly Suggestion[],
  language: string,
  read: ReadNames,
): Promise<Suggestion[]> {
  const labels = new Map<string, string>();
  for (const kind of NAMED_KINDS) {
    const ids = suggestions.filter((s) => s.kind === kind).map((s) => s.id);
    if (ids.length === 0) continue;
    for (const record of await read(kind, ids)) {
      const label = nameFor(record.names ?? [], language);
      if (label !== undefined) labels.set(`${kind}:${record.id}`, label);
    }
  }
  return suggestions.map((s) => {
    const label = labels.get(`${s.kind}:${s.id}`);
    return label === undefined ? s : { ...s, label };
  });
}
