/**
 * Written forms of real names in the schemes our users meet, made from their Cyrillic forms letter by letter by
 * each scheme's own table (not by Casewatch's folding, which they test): Kazakh Latin 2017, 2018 and 2021,
 * BGN/PCGN for Kazakh, ISO 9, ICAO passports, English (BGN/PCGN for Russian) and German (Duden) press spellings,
 * Russian case forms, and the defects of real lists.
 */
type Table = Record<string, string>;

/** A table written 'а=a ә=á …': each letter, an equals sign, and what it is written as (perhaps nothing). */
function letters(text: string): Table {
  return Object.fromEntries(
    text.split(/\s+/).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}

const KZ_2017 = letters(
  `а=a ә=a' б=b в=v г=g ғ=g' д=d е=e ё=io ж=j з=z и=i' й=i' к=k қ=q л=l м=m н=n ң=n' о=o ө=o' п=p р=r с=s т=t у=y' ұ=u ү=u' ф=f х=h һ=h ц=c ч=c' ш=s' щ=s' ъ= ы=y і=i ь= э=e ю=i'y' я=i'a`,
);
const KZ_2018 = letters(
  `а=a ә=á б=b в=v г=g ғ=ǵ д=d е=e ё=ıo ж=j з=z и=ı й=ı к=k қ=q л=l м=m н=n ң=ń о=o ө=ó п=p р=r с=s т=t у=ý ұ=u ү=ú ф=f х=h һ=h ц=ts ч=ch ш=sh щ=sh ъ= ы=y і=i ь= э=e ю=ıý я=ıa`,
);
const KZ_2021 = letters(
  `а=a ә=ä б=b в=v г=g ғ=ğ д=d е=e ё=io ж=j з=z и=i й=i к=k қ=q л=l м=m н=n ң=ñ о=o ө=ö п=p р=r с=s т=t у=u ұ=ū ү=ü ф=f х=h һ=h ц=ts ч=ç ш=ş щ=şş ъ= ы=y і=ı ь= э=e ю=iu я=ia`,
);
const BGN_KZ = letters(
  `а=a ә=ä б=b в=v г=g ғ=gh д=d е=e ё=ë ж=zh з=z и=ī й=y к=k қ=q л=l м=m н=n ң=ng о=o ө=ö п=p р=r с=s т=t у=ū ұ=u ү=ü ф=f х=kh һ=h ц=ts ч=ch ш=sh щ=shch ъ= ы=y і=i ь= э=é ю=yu я=ya`,
);
const ISO_9 = letters(
  `а=a ә=a̋ б=b в=v г=g ғ=g̀ д=d е=e ё=ë ж=ž з=z и=i й=j к=k қ=k̦ л=l м=m н=n ң=n̦ о=o ө=ô п=p р=r с=s т=t у=u ұ=u̇ ү=ù ф=f х=h һ=ḩ ц=c ч=č ш=š щ=ŝ ъ=ʺ ы=y і=ì ь=ʹ э=è ю=û я=â`,
);
const ICAO = letters(
  `а=a ә=a б=b в=v г=g ғ=g д=d е=e ё=e ж=zh з=z и=i й=i к=k қ=k л=l м=m н=n ң=n о=o ө=o п=p р=r с=s т=t у=u ұ=u ү=u ф=f х=kh һ=h ц=ts ч=ch ш=sh щ=shch ъ=ie ы=y і=i ь= э=e ю=iu я=ia`,
);
/** BGN/PCGN for Russian, as the English-language press writes: е and ё are ye and yo at the start and after a vowel. */
const ENGLISH = letters(
  `а=a б=b в=v г=g д=d е=e ё=ë ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya`,
);
/** Duden, as the German-language press writes Russian names. */
const GERMAN = letters(
  `а=a б=b в=w г=g д=d е=e ё=jo ж=sch з=s и=i й=j к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=ch ц=z ч=tsch ш=sch щ=schtsch ъ= ы=y ь= э=e ю=ju я=ja`,
);
/** Russian-language text writing Kazakh names with Russian letters only. */
export const RUSSIAN_LOOKALIKES = letters(`қ=к ң=н ұ=у ү=у ө=о ә=а і=и ғ=г һ=х`);

const VOWELS = new Set('аәеёиоөуұүыіэюя');

function byTable(table: Table, word: string, initialYe?: { e: string; yo: string }): string {
  let out = '';
  const letters = [...word];
  for (const [i, ch] of letters.entries()) {
    const lower = ch.toLowerCase();
    const prev = letters[i - 1]?.toLowerCase();
    const afterVowel = i === 0 || (prev !== undefined && (VOWELS.has(prev) || prev === 'ь' || prev === 'ъ'));
    let mapped = table[lower] ?? lower;
    if (initialYe && afterVowel && lower === 'е') mapped = initialYe.e;
    if (initialYe && afterVowel && lower === 'ё') mapped = initialYe.yo;
    out += ch !== lower ? mapped.charAt(0).toUpperCase() + mapped.slice(1) : mapped;
  }
  return out;
}

/** A "given|family" field applied to each part (hyphenated parts each), joined "Given Family". */
function eachPart(name: string, f: (word: string) => string): string {
  return name
    .split('|')
    .map((part) => part.split('-').map(f).join('-'))
    .join(' ');
}

export const SCHEMES_FROM_KAZAKH = {
  'kazakh-latin-2017': (n: string) => eachPart(n, (w) => byTable(KZ_2017, w)),
  'kazakh-latin-2018': (n: string) => eachPart(n, (w) => byTable(KZ_2018, w)),
  'kazakh-latin-2021': (n: string) => eachPart(n, (w) => byTable(KZ_2021, w)),
  'bgn-pcgn-kazakh': (n: string) => eachPart(n, (w) => byTable(BGN_KZ, w, { e: 'ye', yo: 'yë' })),
  'iso-9': (n: string) => eachPart(n, (w) => byTable(ISO_9, w)),
  'kazakh-passport': (n: string) => eachPart(n, (w) => byTable(ICAO, w)),
  'russian-lookalikes': (n: string) => eachPart(n, (w) => byTable(RUSSIAN_LOOKALIKES, w)),
  capitals: (n: string) => eachPart(n, (w) => w.toUpperCase()),
} as const;

export const SCHEMES_FROM_RUSSIAN = {
  icao: (n: string) => eachPart(n, (w) => byTable(ICAO, w)),
  'english-bgn-pcgn': (n: string) => eachPart(n, (w) => byTable(ENGLISH, w, { e: 'ye', yo: 'yo' })),
  'german-duden': (n: string) => eachPart(n, (w) => byTable(GERMAN, w, { e: 'je', yo: 'jo' })),
  /** A Latin letter for its Cyrillic look-alike, as real lists have them (С, а, о, е, р typed in Latin). */
  'latin-letter-inside': (n: string) =>
    eachPart(n, (w) =>
      w.replace(/[СсаоеР]/, (c) => ({ С: 'C', с: 'c', а: 'a', о: 'o', е: 'e', Р: 'P' })[c] ?? c),
    ),
  /** Family name first and the space lost between the parts. */
  'missing-space': (n: string) => n.split('|').reverse().join(''),
} as const;

/** The Russian case forms (genitive, dative, instrumental, prepositional) of a "given|family" name. */
export function russianCases(
  name: string,
): Record<'genitive' | 'dative' | 'instrumental' | 'prepositional', string> {
  const [given = '', family = ''] = name.split('|');
  const isFemale = /(ова|ева|ина|ына)$/.test(family) || /[ая]$/.test(given) || /ь$/.test(given);
  const forms = (word: string, isSurname: boolean): string[] => {
    if (isFemale) {
      if (isSurname && /(ова|ева|ина|ына)$/.test(word)) {
        const stem = word.slice(0, -1);
        return [`${stem}ой`, `${stem}ой`, `${stem}ой`, `${stem}ой`];
      }
      if (/а$/.test(word)) {
        const stem = word.slice(0, -1);
        const y = /[гкхжшчщ]$/.test(stem) ? 'и' : 'ы';
        return [stem + y, `${stem}е`, `${stem}ой`, `${stem}е`];
      }
      if (/я$/.test(word)) {
        const stem = word.slice(0, -1);
        return [
          `${stem}и`,
          stem + (/и$/.test(stem) ? 'и' : 'е'),
          `${stem}ей`,
          stem + (/и$/.test(stem) ? 'и' : 'е'),
        ];
      }
      if (/ь$/.test(word)) {
        const stem = word.slice(0, -1);
        return [`${stem}и`, `${stem}и`, `${stem}ью`, `${stem}и`];
      }
      return [word, word, word, word];
    }
    if (/[уюоеиэы]$/.test(word)) return [word, word, word, word];
    if (/(ов|ев|ин|ын)$/.test(word) && isSurname) return [`${word}а`, `${word}у`, `${word}ым`, `${word}е`];
    if (/ий$/.test(word)) {
      const stem = word.slice(0, -1);
      return [`${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}и`];
    }
    if (/й$/.test(word)) {
      const stem = word.slice(0, -1);
      return [`${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
    }
    if (/а$/.test(word)) {
      const stem = word.slice(0, -1);
      return [`${stem}ы`, `${stem}е`, `${stem}ой`, `${stem}е`];
    }
    const instrumental = /[жшчщц]$/.test(word) ? 'ем' : 'ом';
    return [`${word}а`, `${word}у`, word + instrumental, `${word}е`];
  };
  // A hyphenated given name declines its last part only (Касым-Жомарта).
  const declineGiven = (word: string) => {
    const parts = word.split('-');
    const last = parts.pop() ?? '';
    return forms(last, false).map((f) => [...parts, f].join('-'));
  };
  const g = declineGiven(given);
  const f = forms(family, true);
  const at = (i: number) => `${g[i] ?? given} ${f[i] ?? family}`;
  return { genitive: at(0), dative: at(1), instrumental: at(2), prepositional: at(3) };
}
