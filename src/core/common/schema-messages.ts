// The messages the record schemas give for what a record may not hold, each under a stable key: the API answers with
// the words, and an interface in another language finds the key by them and says it in its own (`schemaMessageKey`).
// A message is fixed words, never a value put into them: the path says where, and the key stays findable.

export const SCHEMA_MESSAGES = {
  idFormat: 'an id is lower-case letters, digits and . _ : - (e.g. "case:mamay-2022")',
  oneLine: 'one line of text, with no control characters (tab, newline, escape…)',
  noDirectionControls:
    'no Unicode controls of writing direction (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C): they can make text display as other text',
  languagesAtMost: 'at most 50 languages',
  pageEnd: 'pageEnd needs a page and may not come before it',
  languageTag: 'a BCP 47 language tag such as kk, ru, en',
  localTime: 'a local time HH:MM',
  partialDate:
    "expected a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (a season as 'YYYY-21'..'YYYY-24'), optionally ending in ~ (approximate) or ? (uncertain), or a range '[YYYY-MM..YYYY-MM-DD]' with its ends in order; years 1000–2999",
  durationUnit: 'a duration needs at least one of years, months, days, hours',
  readerFormat: 'a reader is "user:NAME" or "group:NAME", with no spaces or control characters',
  readersNeedRestricted:
    'readers open a restricted record to named users or groups: set visibility to "restricted"',
  disputePath: 'a path is field names and indexes joined by "/" (e.g. "sentence/0/term")',
  disputeAccount: 'a dispute needs another account',
  personName: 'a person needs at least one name',
  organisationName: 'an organisation needs at least one name',
  eventPlace: 'A place needs a name, a region or a country',
  countryCode: "a country's two-letter code (ISO 3166), such as kz",
  chargeFirstStep: 'a charge needs at least the step that brought it',
  releaseGroundNeeded:
    'a "released_from_liability" step needs its ground: limitation_expired, amnesty, reconciliation or other',
  releaseGroundOnly: 'only a "released_from_liability" step takes a ground',
  partCertainOrInDoubt: 'the part is either certain (article.part) or in doubt (partsInDoubt), not both',
  partTwice: 'a part is listed twice',
  measureFirstStep: 'a measure needs at least the step that ordered it',
  decisionGroundOnly: 'only the outcome "released_from_liability" takes a ground',
  sha256Hex: 'a SHA-256 digest in lower-case hex',
  digestDiffers: "the digest differs from the stored file's: one source, one original",
  webSourceUrl: 'a web source needs its url',
  webSourceAccessed: 'a web source needs the day it was accessed',
  passageBoth: 'a passage gives both start and end, or neither',
  passageOrder: 'a passage ends after it starts',
  speechOnly: 'only a speech allegation is assessed as speech',
  elementOnce: 'each element is named once',
  allegationLinkedTwice: 'an allegation is linked twice; give it one stance',
  pageNeedsDocument: 'a page needs the document it is in',
} as const;

export type SchemaMessageKey = keyof typeof SCHEMA_MESSAGES;

const KEYS_BY_MESSAGE: ReadonlyMap<string, SchemaMessageKey> = new Map(
  Object.entries(SCHEMA_MESSAGES).map(([key, message]) => [message, key as SchemaMessageKey]),
);

/** The key of a schema's message, by its words; undefined for words no schema gives. */
export const schemaMessageKey = (message: string): SchemaMessageKey | undefined =>
  KEYS_BY_MESSAGE.get(message);
