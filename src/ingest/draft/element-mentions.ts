import { holdsStem, textStems } from '../../core/law/article-finder.ts';
import type { OffenceElement } from '../../core/law/law.ts';

// Which elements of the charged offence a claim of the prosecution asserts, by its words: "decided to organise mass
// riots, accompanied by violence, pogroms…" asserts the organising, the riots and the violence; "in order to
// organise mass riots, he uploaded videos…" asserts the organising and the intent, not that the riots were violent.
// What no claim asserts is the indictment's gap, and the matrix shows it.

/** Words that say an act was meant: a purpose, a decision, a will, a knowledge of what it was. */
const MEANT =
  /\b(?:in order to|so as to|decided to|intend\p{L}*|deliberately|purposely|on purpose)\b|с целью|для того,? чтобы|реши\p{L}*\s+(?:\p{L}+\s+)?(?:организ|соверш|устро)|\bknowingly\b|\bknew\b|умышленно|намеренно|заведомо|мақсатында|шешті/iu;

/** Words of an element's title that name nothing to prove ("mass riots took place"). */
const EMPTY = new Set(
  [
    ...['took', 'place', 'those', 'that', 'these', 'which', 'was', 'were', 'is', 'are', 'been', 'defendant'],
    ...['имели', 'место', 'эти', 'был', 'была', 'было', 'были', 'орын'],
  ].map((w) => textStems(w)[0] ?? w),
);

/**
 * Whether the stems of a claim say a phrase of the law: they hold each of its words that name something; for
 * conduct, and for one of an element's alternatives, its first such word and at least half of them ("violating
 * the procedure for holding an assembly", "violence" for "violence against persons").
 */
function says(stems: readonly string[], phrase: string, isLoose: boolean): boolean {
  const wanted = textStems(phrase).filter((w) => !EMPTY.has(w));
  const [first] = wanted;
  if (first === undefined || !holdsStem(stems, first)) return false;
  const held = wanted.filter((w) => holdsStem(stems, w)).length;
  return isLoose ? held * 2 >= wanted.length : held === wanted.length;
}

/**
 * Whether a claim's stems say an element, by its title or one of its alternatives ("violence against persons",
 * "arson"), in any language given.
 */
const saysElement = (stems: readonly string[], element: OffenceElement) =>
  Object.values(element.titles).some((title) => says(stems, title, element.kind === 'conduct')) ||
  (element.alternatives ?? []).some((titles) =>
    Object.values(titles).some((title) => says(stems, title, true)),
  );

/**
 * A purpose a claim states within it, up to a comma, the sentence's end or the name of who acted ("uploaded videos
 * in order to organise mass riots", "с целью организации массовых беспорядков Иманов распространял…").
 */
const PURPOSE_WITHIN =
  /(?:\b(?:[Ii]n order to|[Ss]o as to|[Ww]ith the aim of)|[Сс] целью|[Вв] целях|[Дд]ля того,? чтобы)\s+[^,.;:]*?(?=[,.;:]|\s\p{Lu}|$)/u;

/**
 * The keys of the elements a claim asserts, in the law data's order: those its own words say; the conduct its
 * purpose names ("in order to organise mass riots"), given or within it; the intent, where it says the act was
 * meant.
 */
export function assertedElements(
  claim: string,
  purpose: string | undefined,
  elements: readonly OffenceElement[],
): string[] {
  const within = PURPOSE_WITHIN.exec(claim)?.[0];
  const own = textStems(within === undefined ? claim : claim.replace(within, ' '));
  const meant = textStems(`${purpose ?? ''} ${within ?? ''}`);
  const isMeant = MEANT.test(claim) || (purpose !== undefined && purpose !== '');
  return elements
    .filter((e) =>
      e.kind === 'intent' ? isMeant : saysElement(own, e) || (e.kind === 'conduct' && saysElement(meant, e)),
    )
    .map((e) => e.key);
}
