/** Paths of the pages about one record. Ids hold colons ('person:kz-…'), which are kept readable. */
const segment = (id: string) => encodeURIComponent(id).replace(/%3A/gi, ':');

/** The page of a person or an organisation. */
export function recordPagePath(collection: 'persons' | 'organisations', id: string): string {
  return `/${collection}/${segment(id)}`;
}

/** The history page of any record, by its API collection ('cases', 'charges', …). */
export function historyPath(collection: string, id: string): string {
  return `/history/${collection}/${segment(id)}`;
}
