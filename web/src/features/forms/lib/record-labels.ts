import { displayName, type Name } from '../../../../../src/core/common/names.ts';

/** The kinds a form can refer to, and so pick from a list. */
export type PickKind = 'person' | 'organisation' | 'source' | 'case' | 'event' | 'charge' | 'decision';

/** A record as a picker offers it: its id, and the name or title a reader knows it by. */
export interface PickOption {
  id: string;
  label: string;
}

type Say = (id: string, values?: Record<string, string>) => string;

/**
 * How a picker names a record: a person or organisation by its name in the reader's language, a source, case or
 * event by its title, a charge by its article, a decision by its kind and date; the id when it has none of these.
 */
export function labelOf(kind: PickKind, record: Record<string, unknown>, language: string, say: Say): string {
  const text = (key: string) => (typeof record[key] === 'string' ? record[key] : undefined);
  const id = text('id') ?? '';
  switch (kind) {
    case 'person':
    case 'organisation': {
      const names = record.names as Name[] | undefined;
      return names !== undefined && names.length > 0 ? displayName(names, language) : id;
    }
    case 'charge': {
      const article = record.article as { article?: string; part?: string } | undefined;
      if (article?.article === undefined) return id;
      return article.part !== undefined
        ? say('article.withPart', { article: article.article, part: article.part })
        : say('article.plain', { article: article.article });
    }
    case 'decision': {
      const kindName = text('kind');
      if (kindName === undefined) return id;
      return `${say(`decisionKind.${kindName}`)} ${text('date') ?? ''}`.trim();
    }
    default:
      return text('title') ?? id;
  }
}

/** Lower case without accents or the Kazakh letters' marks, so "mamai" finds "Mamaı" and "Мамай" finds "МАМАЙ". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
}

/** The options whose label or id contains every word typed, in the order given; all of them when nothing is. */
export function filterOptions(options: readonly PickOption[], typed: string): PickOption[] {
  const words = folded(typed)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [...options];
  return options.filter((o) => {
    const hay = folded(`${o.label} ${o.id}`);
    return words.every((w) => hay.includes(w));
  });
}

/** A reader of a restricted record as the form edits it: a user or a group, and its name. */
export interface Principal {
  type: 'user' | 'group';
  name: string;
}

/** 'group:lawyers' → {type: 'group', name: 'lawyers'}; anything else is a user named as written. */
export function splitPrincipal(value: string | undefined): Principal {
  const match = /^(user|group):(.*)$/.exec(value ?? '');
  if (match === null) return { type: 'user', name: value ?? '' };
  return { type: match[1] as Principal['type'], name: match[2] ?? '' };
}

/**
 * The core's form of a reader ('user:NAME'); '' for a user row left empty (so it is left out), while a group row
 * keeps its choice ('group:') until its name is typed.
 */
export function joinPrincipal(p: Principal): string {
  const name = p.name.trim();
  return name === '' && p.type === 'user' ? '' : `${p.type}:${name}`;
}
