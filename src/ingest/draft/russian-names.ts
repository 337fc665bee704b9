import givenNames from '../../../data/names/given-names.json' with { type: 'json' };

// A man's name as a Russian-language text declines it ("задержали Марата Жыланбаева", "Мамаю Жанболату"), read back
// to the nominative a record names him by: the case is told by his given name's ending, where the bare name is a
// known man's given name (data/names/given-names.json), and his surname and patronymic are read back from the same
// case. A name whose given name is not known declined, a woman's among them, is left as written.

const fold = (word: string) => word.toLowerCase().replace(/ё/g, 'е');
const MALE = new Set(givenNames.male.ru.map(fold));

type GrammaticalCase = 'genitive' | 'dative' | 'instrumental' | 'prepositional';

/** The endings of a declined given name: as written, as in the nominative, and the case they tell. */
const GIVEN: readonly (readonly [string, string, GrammaticalCase])[] = [
  ['ием', 'ий', 'instrumental'],
  ['ия', 'ий', 'genitive'],
  ['ию', 'ий', 'dative'],
  ['ии', 'ий', 'prepositional'],
  ['ем', 'й', 'instrumental'],
  ['я', 'й', 'genitive'],
  ['ю', 'й', 'dative'],
  ['е', 'й', 'prepositional'],
  ['ом', '', 'instrumental'],
  ['а', '', 'genitive'],
  ['у', '', 'dative'],
  ['е', '', 'prepositional'],
];

/** A surname's or patronymic's endings in each case, and the nominative's, tried in turn (the longest first). */
const OTHER: Readonly<Record<GrammaticalCase, readonly (readonly [string, string])[]>> = {
  genitive: [
    ['ного', 'ный'],
    ['ского', 'ский'],
    ['цкого', 'цкий'],
    ['ича', 'ич'],
    ['ова', 'ов'],
    ['ева', 'ев'],
    ['ёва', 'ёв'],
    ['ина', 'ин'],
    ['ына', 'ын'],
    ['ая', 'ай'],
    ['ея', 'ей'],
    ['уя', 'уй'],
  ],
  dative: [
    ['ному', 'ный'],
    ['скому', 'ский'],
    ['цкому', 'цкий'],
    ['ичу', 'ич'],
    ['ову', 'ов'],
    ['еву', 'ев'],
    ['ёву', 'ёв'],
    ['ину', 'ин'],
    ['ыну', 'ын'],
    ['аю', 'ай'],
    ['ею', 'ей'],
  ],
  instrumental: [
    ['ным', 'ный'],
    ['ским', 'ский'],
    ['цким', 'цкий'],
    ['ичем', 'ич'],
    ['овым', 'ов'],
    ['евым', 'ев'],
    ['ёвым', 'ёв'],
    ['иным', 'ин'],
    ['ыным', 'ын'],
    ['аем', 'ай'],
    ['еем', 'ей'],
  ],
  prepositional: [
    ['ном', 'ный'],
    ['ском', 'ский'],
    ['цком', 'цкий'],
    ['иче', 'ич'],
    ['ове', 'ов'],
    ['еве', 'ев'],
    ['ёве', 'ёв'],
    ['ине', 'ин'],
    ['ыне', 'ын'],
    ['ае', 'ай'],
    ['ее', 'ей'],
  ],
};

/** A word with its ending replaced, keeping the letters before it as written. */
const swap = (word: string, cut: number, add: string) => word.slice(0, word.length - cut) + add;

/** A declined man's given name: its nominative and the case it is in; undefined for one in the nominative or unknown. */
function declinedGiven(word: string): { name: string; grammaticalCase: GrammaticalCase } | undefined {
  const folded = fold(word);
  if (MALE.has(folded)) return undefined;
  for (const [end, nominative, grammaticalCase] of GIVEN)
    if (folded.endsWith(end) && MALE.has(folded.slice(0, -end.length) + nominative))
      return { name: swap(word, end.length, nominative), grammaticalCase };
  return undefined;
}

/** A surname or patronymic read back from a case: by the endings of that case; as written when none fits. */
function nominativeOther(word: string, grammaticalCase: GrammaticalCase): string {
  const folded = fold(word);
  const ending = OTHER[grammaticalCase].find(([end]) => folded.endsWith(fold(end)));
  if (ending !== undefined) return swap(word, ending[0].length, ending[1]);
  return word;
}

/**
 * The nominative of a man's name a text declines ("Марата Жыланбаева" → "Марат Жыланбаев", "Мамая Жанболата
 * Ахметжановича" → "Мамай Жанболат Ахметжанович"), or undefined when it is not one: no word is a known man's given
 * name declined, or the name is already in the nominative.
 */
export function nominativeOf(words: readonly string[]): string[] | undefined {
  const given = words.map(declinedGiven);
  const at = given.findIndex((g) => g !== undefined);
  const found = given[at];
  if (found === undefined) return undefined;
  return words.map((word, i) => (i === at ? found.name : nominativeOther(word, found.grammaticalCase)));
}

/** A woman's given name declined, and its nominative: "Ксении" → "Ксения", "Анны" → "Анна", "Марине" → "Марина". */
const FEMININE_GIVEN: readonly (readonly [string, string])[] = [
  ['ией', 'ия'],
  ['ии', 'ия'],
  ['ию', 'ия'],
  ['ой', 'а'],
  ['ей', 'я'],
  ['ы', 'а'],
  ['е', 'а'],
  ['у', 'а'],
  ['ю', 'я'],
];
/** A woman's surname declined, and its nominative: "Лапицкой" → "Лапицкая", "Ивановой", "Иванову" → "Иванова". */
const FEMININE_SURNAME: readonly (readonly [string, string])[] = [
  ['ской', 'ская'],
  ['цкой', 'цкая'],
  ['скую', 'ская'],
  ['цкую', 'цкая'],
  ['овой', 'ова'],
  ['евой', 'ева'],
  ['ёвой', 'ёва'],
  ['иной', 'ина'],
  ['ыной', 'ына'],
  ['ову', 'ова'],
  ['еву', 'ева'],
  ['ину', 'ина'],
];

/**
 * The nominative of a woman's name a text declines ("Ксении Лапицкой" → "Ксения Лапицкая"), told by her surname's
 * ending, which only a woman's takes, and her given name's; undefined when the name is not so declined.
 */
export function feminineNominativeOf(words: readonly string[]): string[] | undefined {
  if (words.length !== 2) return undefined;
  const [given = '', surname = ''] = words;
  const last = FEMININE_SURNAME.find(([end]) => fold(surname).endsWith(end));
  const first = FEMININE_GIVEN.find(([end]) => fold(given).endsWith(end) && given.length > end.length + 1);
  if (last === undefined || first === undefined) return undefined;
  return [swap(given, first[0].length, first[1]), swap(surname, last[0].length, last[1])];
}
