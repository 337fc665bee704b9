/** The script and language a written name most likely is in, for a form to set until the user says otherwise. */
export interface NameWriting {
  script: 'Latn' | 'Cyrl' | 'Arab';
  language?: 'kk' | 'ru' | 'en';
}

// Letters only Kazakh writes: in Cyrillic (ә ғ қ ң ө ұ ү һ і) and in the Latin alphabets of 2017–2021 (ä ğ ı ñ
// ö ū ü ş and the apostrophe forms are not told apart from other Latin spellings, so they say nothing).
const KAZAKH_CYRILLIC = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const KAZAKH_LATIN = /[äğıñöūüşÄĞÑÖŪÜŞ]/u;

/**
 * Reads the script from the letters of a name (the one most of them are in: "Мамаeв" with a Latin e is still
 * Cyrillic) and, where the letters tell, the language: Kazakh by its own letters, Russian for other Cyrillic.
 * A Latin name is taken for the English spelling (as a new transliteration is) unless Kazakh Latin letters say it
 * is Kazakh. Undefined when there is no letter.
 */
export function nameWriting(text: string): NameWriting | undefined {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const cyrillic = count(/\p{Script=Cyrillic}/gu);
  const latin = count(/\p{Script=Latin}/gu);
  const arabic = count(/\p{Script=Arabic}/gu);
  const most = Math.max(cyrillic, latin, arabic);
  if (most === 0) return undefined;
  if (cyrillic === most) return { script: 'Cyrl', language: KAZAKH_CYRILLIC.test(text) ? 'kk' : 'ru' };
  if (latin === most) {
    // The dotless ı alone is also Turkish and Azerbaijani: two Kazakh letters are asked for.
    const kazakh = text.match(new RegExp(KAZAKH_LATIN.source, 'gu'))?.length ?? 0;
    return kazakh >= 2 || /[ūŪ]/u.test(text)
      ? { script: 'Latn', language: 'kk' }
      : { script: 'Latn', language: 'en' };
  }
  return { script: 'Arab' };
}

/**
 * The kind a new name most likely is, from its writing: Cyrillic is the native form; English Latin letters a
 * transliteration of a person's name or a translation of a body's (`latinKind`); Kazakh Latin a transliteration.
 */
export function nameKindOf(
  writing: NameWriting,
  latinKind: 'transliteration' | 'translation',
): 'native' | 'transliteration' | 'translation' {
  if (writing.script !== 'Latn') return 'native';
  return writing.language === 'en' ? latinKind : 'transliteration';
}
