// Sentences of a source that no row records ("Kazakhstan does not allow any genuinely independent opposition
// parties", "most of them in Almaty") are the case's context: the researcher keeps the ones that matter in the case's
// summary, in the source's words, and can take them out again.

/** A stretch of text that ends as a sentence does, rather than a caption's credit or a leftover button's words. */
const SENTENCE_END = /[.!?…](?:["”»’)\]])*$/u;

/** The stretch's words as a sentence, trimmed; undefined for one that does not end as a sentence does. */
export function asSentence(stretch: string): string | undefined {
  const trimmed = stretch.trim().replace(/\s+/gu, ' ');
  return SENTENCE_END.test(trimmed) ? trimmed : undefined;
}

const spaced = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Whether the summary holds the sentence, however its spaces and line breaks run. */
export const holdsSentence = (summary: string, sentence: string): boolean =>
  spaced(summary).includes(spaced(sentence));

/**
 * The summary with the sentence on a line of its own, in the text's order: before the first line kept from the text
 * that comes after it there, else at the end; the summary as it is if it holds it. Lines the text does not hold as
 * they stand (typed, or its sentences with a year added) stay where they are.
 */
export function withSentence(summary: string, sentence: string, text = ''): string {
  if (holdsSentence(summary, sentence)) return summary;
  const kept = summary.trimEnd();
  if (kept === '') return sentence;
  const read = spaced(text);
  const at = (line: string) => (line.trim() === '' ? -1 : read.indexOf(spaced(line)));
  const own = at(sentence);
  const lines = kept.split('\n');
  const before = own < 0 ? -1 : lines.findIndex((line) => at(line) > own);
  if (before < 0) return `${kept}\n${sentence}`;
  return [...lines.slice(0, before), sentence, ...lines.slice(before)].join('\n');
}

/** The summary without the sentence (however its spaces run there), and without the line it leaves empty. */
export function withoutSentence(summary: string, sentence: string): string {
  const words = spaced(sentence).split(' ');
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'u');
  const m = pattern.exec(summary);
  if (m === null) return summary;
  return `${summary.slice(0, m.index).trimEnd()}\n${summary.slice(m.index + m[0].length).trimStart()}`.trim();
}
