import type { DocumentSummary } from '../api/documents.ts';

/** The catalogue message that says how far a document's text has been read, and its arguments. */
export function textStatusMessage(
  doc: Pick<DocumentSummary, 'textStatus' | 'pageCount' | 'pagesDone' | 'textNote'>,
): {
  id: string;
  values: { count: number; total: number };
} {
  const values = { count: doc.pagesDone, total: doc.pageCount ?? 0 };
  if (doc.textStatus === 'none' || doc.textStatus === 'failed') {
    const isOcrMissing = /ocr\.unavailable|tesseract/i.test(doc.textNote ?? '');
    return {
      id: isOcrMissing ? 'documents.status.ocrUnavailable' : `documents.status.${doc.textStatus}`,
      values,
    };
  }
  return { id: `documents.status.${doc.textStatus}`, values };
}

/** The message naming an upload's refusal by the core's code, or undefined for a code the catalogue lacks. */
export function uploadErrorMessage(code: string): string | undefined {
  const known = [
    'document.empty',
    'document.too_large',
    'document.type_mismatch',
    'document.corrupt',
    'document.bomb',
  ];
  return known.includes(code) ? `documents.error.${code.slice('document.'.length)}` : undefined;
}
