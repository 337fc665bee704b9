import type { FoldingTables } from './folding-tables.ts';

/** One word of a name or a query, folded: the keys it may be found by, and whether it is only an initial. */
export interface FoldedWord {
  /** The word as written. */
  text: string;
  /** Its keys: for each reading of its ambiguous letters, the skeleton whole and without each case ending. */
  keys: string[];
  /** Its loose keys (first letter and consonants), for forms that differ in their vowels; none for short words. */
  looseKeys: string[];
  /** "Zh." or a single letter: matches any word whose key begins with its key. */
  isInitial: boolean;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /[\p{L}\p{M}]/u;
/** Word boundaries within a name: spaces, punctuation, and a small letter followed by a capital (ZhanbolatMamay). */
const WORDS = /[\p{L}\p{M}'’ʼ`]+\.?/gu;

/**
 * Folds names written in Kazakh or Russian Cyrillic or in any Latin spelling to comparable keys, by the tables
 * in data/names/folding.json: "Жанболат Мамай", "MAMAY Zhanbolat", "Žanbolat Mamaj" and "Мамаем" share keys.
 * The original is never changed: keys are for comparison only.
 */
export class NameFolder {
  private readonly spellings: [string, string[]][];
  private readonly rewrites: [RegExp, string][];
  private readonly endings: string[];
  private readonly patronymicEndings: string[];
  private readonly patronymicWords: ReadonlySet<string>;

  constructor(readonly tables: FoldingTables) {
    // Longest spellings first, so that "tsch" is read before "sch" and "sch" before "ch".
    this.spellings = [...tables.latinSpellings].sort((a, b) => b[0].length - a[0].length);
    this.rewrites = tables.skeleton.rewrites.map(([p, r]) => [new RegExp(p, 'g'), r]);
    this.endings = [...tables.caseEndings.endings].sort((a, b) => b.length - a.length);
    const { suffixes, caseEndings } = tables.patronymics;
    this.patronymicEndings = suffixes
      .flatMap((s) => caseEndings.map((e) => s + e))
      .sort((a, b) => b.length - a.length);
    this.patronymicWords = new Set(tables.patronymics.words);
  }

  /** The words of a name or a query, each folded; "uly" and "kyzy" written apart mark the word before them. */
  fold(text: string): FoldedWord[] {
    const words: FoldedWord[] = [];
    for (const raw of splitWords(text)) {
      const isInitial = raw.endsWith('.') || [...raw].filter((c) => LETTER.test(c)).length === 1;
      const word = raw.replace(/\.$/, '');
      const skeletons = this.skeletons(word);
      if (skeletons.length === 0) continue;
      const previous = words.at(-1);
      if (previous && !isInitial && skeletons.every((s) => this.patronymicWords.has(s))) {
        // The word before is a father's name: its keys are its skeletons, as a patronymic's root is.
        previous.keys = this.skeletons(previous.text);
        previous.looseKeys = this.loose(previous.keys);
        continue;
      }
      const keys = isInitial ? skeletons : unique(skeletons.flatMap((s) => this.keys(s)));
      words.push({ text: word, isInitial, keys, looseKeys: isInitial ? [] : this.loose(keys) });
    }
    return words;
  }

  /** The keys of one word. */
  foldWord(word: string): string[] {
    return this.fold(word).flatMap((w) => w.keys);
  }

  /**
   * Every key a stored name is found by: its words', and those of each two neighbouring words written together
   * ("Zhanbolatmamay" with the space missing), in either order.
   */
  nameKeys(text: string): { keys: Set<string>; looseKeys: Set<string> } {
    const words = this.fold(text).filter((w) => !w.isInitial);
    const keys = new Set(words.flatMap((w) => w.keys));
    const looseKeys = new Set(words.flatMap((w) => w.looseKeys));
    for (let i = 0; i + 1 < words.length; i++) {
      const [a, b] = [words[i]?.text ?? '', words[i + 1]?.text ?? ''];
      for (const joined of [a + b, b + a])
        for (const key of this.foldWord(joined.toLowerCase())) keys.add(key);
    }
    return { keys, looseKeys };
  }

  /**
   * How well the query names the name: 'exact' when every word of the query is one of the name's by an exact key
   * (an initial: the start of one), 'loose' when some only by a loose key, undefined when a word is not there.
   */
  match(query: string, name: string): 'exact' | 'loose' | undefined {
    const words = this.fold(query);
    if (words.length === 0) return undefined;
    const { keys, looseKeys } = this.nameKeys(name);
    let isLoose = false;
    for (const w of words) {
      if (
        w.isInitial
          ? w.keys.some((k) => [...keys].some((n) => n.startsWith(k)))
          : w.keys.some((k) => keys.has(k))
      )
        continue;
      if (!w.looseKeys.some((k) => looseKeys.has(k))) return undefined;
      isLoose = true;
    }
    return isLoose ? 'loose' : 'exact';
  }

  /** Whether every word of the query is one of the name's, by an exact or a loose key, in any order. */
  matches(query: string, name: string): boolean {
    return this.match(query, name) !== undefined;
  }

  /** A skeleton's keys: itself, its patronymic roots, and the stems left when a case ending is taken off. */
  private keys(skeleton: string): string[] {
    const { minStem } = this.tables.caseEndings;
    const keys = [skeleton];
    for (const ending of [...this.patronymicEndings, ...this.endings])
      if (skeleton.endsWith(ending) && skeleton.length - ending.length >= minStem)
        keys.push(skeleton.slice(0, -ending.length));
    return keys;
  }

  /** The first letter and the consonants of each key with enough consonants. */
  private loose(keys: readonly string[]): string[] {
    const out: string[] = [];
    for (const key of keys) {
      const consonants = key.slice(1).replace(/[aeiou]/g, '');
      if (consonants.length + (/^[aeiou]/.test(key) ? 0 : 1) >= this.tables.loose.minConsonants)
        out.push(`${key.charAt(0)}${consonants}`);
    }
    return unique(out);
  }

  /** The skeletons of one word: one per reading of its ambiguous Latin spellings, rewritten. */
  private skeletons(word: string): string[] {
    const lower = word
      .normalize('NFC')
      .toLowerCase()
      .replace(/i\u0307/g, 'i');
    const readings = isMostlyCyrillic(lower)
      ? [this.fromCyrillic(this.asScript(lower, 'cyrillic'))]
      : this.fromLatin(this.asScript(lower, 'latin'));
    return unique(
      readings
        .map((r) => this.rewrites.reduce((s, [re, to]) => s.replace(re, to), r))
        .filter((r) => r !== ''),
    );
  }

  /** Look-alike letters of the other script read as the word's own ("Мамаи" with a Latin a). */
  private asScript(word: string, script: 'cyrillic' | 'latin'): string {
    const { latinToCyrillic, cyrillicToLatin } = this.tables.lookalikes;
    const table = script === 'cyrillic' ? latinToCyrillic : cyrillicToLatin;
    return [...word].map((c) => table[c] ?? c).join('');
  }

  private fromCyrillic(word: string): string {
    let out = '';
    for (const c of word) {
      const mapped = this.tables.cyrillic[c];
      if (mapped !== undefined) out += mapped;
      else if (/[a-z]/.test(c)) out += c;
    }
    return out;
  }

  private fromLatin(word: string): string[] {
    const text = word.replace(/([a-z])['’ʼ`]/g, (_, c: string) => this.tables.apostrophes[c] ?? c);
    const limit = this.tables.limits.readingsPerWord;
    let readings = [''];
    for (let i = 0; i < text.length;) {
      const spelling = this.spellings.find(([s]) => text.startsWith(s, i));
      let options: string[];
      if (spelling) {
        options = spelling[1];
        i += spelling[0].length;
      } else {
        options = [this.latinLetter(text[i] ?? '')];
        i++;
      }
      readings = readings.flatMap((r) => options.map((o) => r + o)).slice(0, limit);
    }
    return readings;
  }

  private latinLetter(c: string): string {
    const mapped = this.tables.latinLetters[c];
    if (mapped !== undefined) return mapped;
    if (/[a-z]/.test(c)) return c;
    // A letter with a mark the table does not name: its base letter.
    const base = c.normalize('NFD').replace(/\p{M}/gu, '');
    return /^[a-z]$/.test(base) ? (this.tables.latinLetters[base] ?? base) : '';
  }
}

function isMostlyCyrillic(word: string): boolean {
  let cyrillic = 0;
  let latin = 0;
  for (const c of word) {
    if (CYRILLIC.test(c)) cyrillic++;
    else if (LATIN.test(c)) latin++;
  }
  return cyrillic > latin;
}

/** The words of a text: apart at spaces and punctuation, and where a small letter meets a capital. */
function splitWords(text: string): string[] {
  const spaced = text.normalize('NFC').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return spaced.match(WORDS) ?? [];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
