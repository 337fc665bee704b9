import { keptRows, type QuickCaseValues, type RowList } from './quick-case.ts';
import { keptAffiliations } from './quick-case-affiliations.ts';

/**
 * The box of the form a problem of the bundle stands beside, from its place in the bundle ('$.charges[1].article
 * .article'), or undefined when no one box holds it (the form then lists it with its place in words).
 */
export function quickFieldOf(path: string, values: QuickCaseValues): string | undefined {
  const m = /^\$\.(\w+)\[(\d+)\]\.?(.*)$/.exec(path);
  if (m === null) return undefined;
  const [, list = '', indexText = '', rest = ''] = m;
  // The nth charge, measure, hearing or decision of the bundle is the nth row with something typed in it.
  const rowsOf = (name: RowList) => keptRows(values, name)[Number(indexText)] ?? Number(indexText);
  const i =
    list === 'charges' ||
    list === 'measures' ||
    list === 'hearings' ||
    list === 'decisions' ||
    list === 'allegations'
      ? rowsOf(list)
      : Number(indexText);
  const head = rest.split(/[.[]/)[0] ?? '';
  switch (list) {
    case 'sources':
      return ['title', 'publisher', 'publishedOn', 'url', 'accessedOn'].includes(head)
        ? `source.${head}`
        : undefined;
    case 'persons': {
      // The nth affiliation written is the nth row naming an organisation.
      const tie = /^affiliations\[(\d+)\]\.?(\w*)/.exec(rest);
      if (tie !== null) {
        const row = affiliationRow(values, Number(tie[1]));
        return row === undefined
          ? undefined
          : `affiliations.${String(row)}.${tie[2] === 'role' ? 'role' : 'name'}`;
      }
      if (rest === 'names' || /^names\[0\]/.test(rest)) return 'person.name';
      return head === 'names' ? 'person.otherNames' : undefined;
    }
    case 'cases':
      if (['title', 'summary', 'jurisdiction'].includes(head)) return head;
      return head === 'confirmed' ? 'confirmedOn' : undefined;
    case 'charges':
      return chargeFieldOf(i, rest, head, values);
    case 'measures':
      if (head === 'kind') return `measures.${String(i)}.kind`;
      if (head === 'reportedDuration') return `measures.${String(i)}.duration`;
      if (/^steps\[0\]/.test(rest)) return `measures.${String(i)}.from`;
      if (head === 'steps') return `measures.${String(i)}.until`;
      return undefined;
    case 'hearings':
      return ['date', 'kind', 'status'].includes(head) ? `hearings.${String(i)}.${head}` : undefined;
    case 'decisions':
      return decisionFieldOf(i, rest, head);
    case 'allegations':
      return ['summary', 'type', 'charge'].includes(head) ? `allegations.${String(i)}.${head}` : undefined;
    default:
      return undefined;
  }
}

/** A verdict row's box: its day, the charges it decided, or its penalty's kind and length. */
function decisionFieldOf(i: number, rest: string, head: string): string | undefined {
  const row = `decisions.${String(i)}`;
  if (head === 'date') return `${row}.date`;
  if (head === 'outcomes') return `${row}.charges`;
  if (/^sentence\[\d+\]\.type/.test(rest)) return `${row}.sentenceType`;
  if (head === 'sentence') return `${row}.term`;
  return undefined;
}

function chargeFieldOf(i: number, rest: string, head: string, values: QuickCaseValues): string | undefined {
  const row = `charges.${String(i)}`;
  if (head === 'article') return `${row}.${rest.replace(/\[(\d+)\]/g, '.$1')}`;
  if (head === 'origin') return `${row}.from`;
  const step = /^lifecycle\[(\d+)\]/.exec(rest);
  if (step === null) return undefined;
  if (step[1] === '0') return `${row}.date`;
  // A later step is the row's own "then", unless it is the reclassification a later row wrote here.
  return values.charges[i]?.then !== '' ? `${row}.thenDate` : undefined;
}

/** The form's row of the nth affiliation written: the nth row naming an organisation. */
function affiliationRow(values: QuickCaseValues, n: number): number | undefined {
  const rows = values.affiliations ?? [];
  const id = keptAffiliations(rows)[n]?.id;
  return id === undefined ? undefined : rows.findIndex((row) => row.id === id);
}
