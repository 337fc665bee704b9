/** The page of a record's form: a new one (added from a case when `caseId` is given), or an edit of one. */
export function formPath(kind: string, id?: string, caseId?: string): string {
  const fromCase = caseId !== undefined ? `?case=${encodeURIComponent(caseId)}` : '';
  if (id !== undefined) return `/records/${kind}/${encodeURIComponent(id)}/edit${fromCase}`;
  return `/records/${kind}/new${fromCase}`;
}

/**
 * Where the user goes after saving: an allegation made from a passage selected in the viewer, its document at its
 * page; the case itself, the case the record belongs to, the case the form was opened
 * from (a source or an event added from a case's page), an organisation's page; else the saved record's form.
 */
export function afterSavePath(kind: string, record: Record<string, unknown>, fromCase?: string): string {
  const id = String(record.id);
  const passage = record.passage as { page?: number } | undefined;
  // An allegation made from a passage selected in the viewer goes back to it; one added from the case, to the case.
  const isFromPassage = typeof (passage as { start?: unknown } | undefined)?.start === 'number';
  if (kind === 'allegation' && typeof record.document === 'string' && isFromPassage)
    return `/documents/${encodeURIComponent(record.document)}${passage?.page !== undefined ? `?page=${passage.page}` : ''}`;
  if (kind === 'case') return `/cases/${encodeURIComponent(id)}`;
  if (typeof record.case === 'string') return `/cases/${encodeURIComponent(record.case)}`;
  if (fromCase !== undefined && fromCase !== '') return `/cases/${encodeURIComponent(fromCase)}`;
  if (kind === 'organisation') return `/organisations/${encodeURIComponent(id)}`;
  if (kind === 'person') return `/persons/${encodeURIComponent(id)}`;
  return formPath(kind, id);
}
