import type { FoldedWord, NameFolder } from '../../core/names/name-folding.ts';
import { makeSuggestion, type Suggestion } from './suggestion.ts';

type PersonSuggestion = Extract<Suggestion, { type: 'person' }>;

/** A person the caller knows, with every written form of their name; `family` marks the surname where known. */
export interface KnownPerson {
  id: string;
  names: readonly { value: string; family?: string }[];
}

interface PersonWord {
  keys: readonly string[];
  isFamily: boolean;
}

interface Indexed {
  id: string;
  names: { value: string; words: PersonWord[] }[];
  familyKeys: Set<string>;
}

/** A capitalised word or an initial ("Zh.", "Ж."): the only words a name in running text is made of. */
const TOKEN =
  /(?<![\p{L}\p{N}])\p{Lu}(?:\p{Ll}?\.(?=\p{Lu}\p{Ll}?\.|[^\p{L}]|$)|[\p{L}\p{M}'’ʼ]*(?:-\p{L}[\p{L}\p{M}]*)*)/gu;

const KAZAKH_CASE =
  /^(\p{Lu}\p{Ll}{3,}?)-?(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|ды|ді|ты|ті|ны|ні|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен)$/u;

/** Finds known persons in running text under any of their names, spellings and case forms. */
export class PersonFinder {
  private readonly people: Indexed[];
  private readonly folded = new Map<string, FoldedWord | undefined>();

  constructor(
    private readonly folder: NameFolder,
    persons: readonly KnownPerson[],
  ) {
    this.people = persons.map((p) => this.index(p));
  }

  /** Every mention of a known person: two or three words of their name, or their surname alone where no one else has it. */
  find(text: string): PersonSuggestion[] {
    const tokens = [...text.matchAll(TOKEN)].map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
    const out: PersonSuggestion[] = [];
    for (let i = 0; i < tokens.length;) {
      let taken = 0;
      for (let n = Math.min(3, tokens.length - i); n >= 1 && taken === 0; n--) {
        const window = tokens.slice(i, i + n);
        if (!isRun(text, window)) continue;
        const words = window.map((t) => this.fold(t.text));
        if (words.some((w) => w === undefined)) continue;
        const matches = this.match(words as FoldedWord[]);
        if (matches.length === 0) continue;
        const first = window[0];
        const last = window.at(-1);
        if (!first || !last) continue;
        for (const m of matches)
          out.push(
            makeSuggestion<PersonSuggestion>(text, 'person', { start: first.start, end: last.end }, m),
          );
        taken = n;
      }
      i += Math.max(1, taken);
    }
    return out;
  }

  private index(person: KnownPerson): Indexed {
    const familyKeys = new Set<string>();
    const names = person.names.map((name) => {
      const family = new Set(name.family ? this.folder.foldWord(name.family) : []);
      const words = this.folder
        .fold(name.value)
        .filter((w) => !w.isInitial)
        .map((w) => {
          // Without parts, a word written in capitals is the surname ("MAMAY Zhanbolat").
          const isFamily = name.family
            ? w.keys.some((k) => family.has(k))
            : w.text.length > 1 && w.text === w.text.toUpperCase();
          if (isFamily) for (const k of w.keys) familyKeys.add(k);
          return { keys: w.keys, isFamily };
        });
      return { value: name.value, words };
    });
    return { id: person.id, names, familyKeys };
  }

  private fold(word: string): FoldedWord | undefined {
    if (!this.folded.has(word)) {
      const folded = this.folder.fold(word)[0];
      // Kazakh adds its case endings to the name (Мамайдың, Мамайға): the stem is read as well.
      const stem = KAZAKH_CASE.exec(word)?.[1];
      const extra = stem ? this.folder.foldWord(stem) : [];
      this.folded.set(word, folded && { ...folded, keys: [...new Set([...folded.keys, ...extra])] });
    }
    return this.folded.get(word);
  }

  /** The persons every word names, with at least one full word, and the surname among them (or alone if unique). */
  private match(words: readonly FoldedWord[]): { personId: string; name: string }[] {
    const full = words.filter((w) => !w.isInitial);
    if (full.length === 0) return [];
    const found: { personId: string; name: string }[] = [];
    for (const person of this.people) {
      for (const name of person.names) {
        const hits = words.map((w) => name.words.findIndex((pw) => wordMatches(w, pw)));
        if (hits.some((h) => h < 0) || new Set(hits).size < hits.length) continue;
        const hasFamily = words.some((w, i) => !w.isInitial && name.words[hits[i] ?? -1]?.isFamily === true);
        const isEnough =
          words.length === 1
            ? hasFamily && (full[0]?.text.length ?? 0) >= 4 && this.isOnlyFamily(person, full[0])
            : hasFamily || (full.length >= 2 && !name.words.some((w) => w.isFamily));
        if (!isEnough) continue;
        found.push({ personId: person.id, name: name.value });
        break;
      }
    }
    return found;
  }

  /** A surname alone names a person only when no other known person has it. */
  private isOnlyFamily(person: Indexed, word: FoldedWord | undefined): boolean {
    if (!word) return false;
    return !this.people.some((p) => p !== person && word.keys.some((k) => p.familyKeys.has(k)));
  }
}

function wordMatches(word: FoldedWord, name: PersonWord): boolean {
  if (word.isInitial) return word.keys.some((k) => name.keys.some((n) => n.startsWith(k)));
  return word.keys.some((k) => name.keys.includes(k));
}

/** Words of one name stand apart only by spaces (or an initial's point), never by a comma or a line. */
function isRun(text: string, tokens: readonly { start: number; end: number }[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    const gap = text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0);
    // "Ж.А.": initials may be written together.
    if (gap === '' && text[(tokens[i]?.start ?? 1) - 1] === '.') continue;
    if (!/^[ \t\u00a0]+$/u.test(gap)) return false;
  }
  return true;
}
