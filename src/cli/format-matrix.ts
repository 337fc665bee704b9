import type {
  IndictmentMatrix,
  MatrixAllegation,
  MatrixCharge,
  MatrixEvidence,
} from '../core/matrix/matrix.ts';

const STANCE_MARK = { supports: '+', contradicts: '×', does_not_address: '·' } as const;
const STATUS_WORD = {
  uncovered: 'GAP: no allegation',
  unsupported: 'GAP: no supporting evidence',
  commissioned_only: "GAP: only the prosecution's own experts",
  protected_speech: 'GAP: only words assessed as protected expression',
  supported: 'evidence put forward',
} as const;

/** An evidence line: the stance marked and said in words. */
function evidenceLine(e: MatrixEvidence, indent: string): string {
  const who = e.isProsecutionExpert
    ? 'expert opinion commissioned by the prosecution'
    : `${e.type}, ${e.side}`;
  return `${indent}${STANCE_MARK[e.stance]} ${e.stance.replace(/_/g, ' ')}: ${e.title} (${who})  [${e.evidence}]`;
}

function allegationLines(a: MatrixAllegation, indent: string, element?: string): string[] {
  const page = a.passage !== undefined ? `, p. ${a.passage.page}` : '';
  const items = element === undefined ? a.evidence : a.evidence.filter((e) => e.elements.includes(element));
  return [
    `${indent}${a.type}${page}: ${a.summary}  [${a.allegation}]`,
    ...(items.length === 0 ? [`${indent}    (no evidence linked)`] : []),
    ...items.map((e) => evidenceLine(e, `${indent}    `)),
  ];
}

function chargeLines(c: MatrixCharge): string[] {
  const head = `${c.articleText}${c.label !== undefined ? ` ${c.label}` : ''}  [${c.charge}]  ${c.isLive ? (c.isFateUnknown ? 'live as far as recorded (it replaced a charge brought again; its fate is not recorded)' : 'live') : `no longer live (${c.state.replace(/_/g, ' ')})`}`;
  const lines = [head, '='.repeat(Math.min(head.length, 100))];
  if (!c.hasElementData)
    lines.push(
      `  The law data holds no elements for ${c.articleText}; the allegations are listed as they are.`,
    );
  for (const el of c.elements) {
    lines.push(`  ${el.titles.en}  — ${STATUS_WORD[el.status]}`);
    for (const a of c.allegations.filter((x) => x.elements.includes(el.key)))
      lines.push(...allegationLines(a, '      ', el.key));
  }
  const keys = new Set(c.elements.map((e) => e.key));
  const rest = c.allegations.filter((a) => !a.elements.some((k) => keys.has(k)));
  if (rest.length > 0) {
    lines.push(c.hasElementData ? '  Allegations naming none of its elements:' : '  Allegations:');
    for (const a of rest) lines.push(...allegationLines(a, '      '));
  }
  if (c.elements.length === 0 && c.allegations.length === 0)
    lines.push('  No allegation serves this charge.');
  return lines;
}

/** The matrix as a readable text table: per charge its elements with the allegations and evidence under each, then the gaps. */
export function formatMatrix(m: IndictmentMatrix): string {
  const lines = [`Indictment matrix of ${m.case}`, ''];
  if (m.withheld !== undefined) lines.push(`NOTE: ${m.withheld.note}`, '');
  for (const c of m.charges) lines.push(...chargeLines(c), '');
  if (m.unattached.length > 0) {
    lines.push('Allegations serving no charge you can see');
    for (const a of m.unattached) lines.push(...allegationLines(a, '      '));
    lines.push('');
  }
  lines.push(`Gaps (${m.gaps.length})${m.isCertain ? '' : ', not certain: records are withheld'}`);
  for (const g of m.gaps) lines.push(`  - ${g.kind.replace(/_/g, ' ')}: ${g.message}`);
  return lines.join('\n');
}
