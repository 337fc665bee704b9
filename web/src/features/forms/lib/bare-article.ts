/**
 * An article written as its number alone, with its part in brackets or not: "400", "272-1", "272(1)", "272 (1)".
 * A citation's words are what tell a number from a date or an amount in running text; a box for the article
 * needs none.
 */
export function bareArticle(text: string): { article: string; part?: string } | undefined {
  const match = /^\s*(\d{1,4}(?:-\d{1,2})?)\s*(?:\(\s*(\d{1,2})\s*\))?\s*$/.exec(text);
  if (match === null) return undefined;
  const [, article = '', part] = match;
  return part === undefined ? { article } : { article, part };
}
