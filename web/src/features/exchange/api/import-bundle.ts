import { useMutation } from '@tanstack/react-query';
import type { ImportReport } from '../../../../../src/core/record/import-report.ts';
import { sendJson } from '../../../lib/api-write.ts';

/** Sends a bundle's text to POST /api/import: a dry run writes nothing and reports what the import would do. */
export function useImportBundle() {
  return useMutation({
    mutationFn: ({ text, dryRun }: { text: string; dryRun: boolean }) =>
      sendJson<ImportReport>(`/api/import?dryRun=${String(dryRun)}`, text),
  });
}

export type { ImportReport };
