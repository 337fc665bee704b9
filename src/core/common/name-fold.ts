/**
 * The search key of a name: lower case, compatibility-decomposed, combining marks removed ('Мамай' → 'мамаи').
 * A simple fold for both databases alike; multi-script folding (transliteration) comes later.
 */
export function foldName(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}

/** A LIKE pattern that matches the text anywhere, with LIKE's wildcards escaped by a backslash. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
