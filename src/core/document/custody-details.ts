import { z } from 'zod';

/**
 * What a custody event concerns, as data rather than words, so each reader's language words it: the name a file
 * was added under ('added'), the pages read and how many of them by OCR ('text_read'), why a reading failed
 * ('text_read'), what the check of a digest found ('verify_failed').
 */
export const CustodyDetailsSchema = z.object({
  fileName: z.string().optional().describe('The file name it was added under.'),
  pages: z.number().int().nonnegative().optional().describe('The pages whose text was read.'),
  ocrPages: z.number().int().nonnegative().optional().describe('Of those, the pages read by OCR.'),
  reason: z.string().optional().describe('Why the reading failed, as the reader of the file said.'),
  check: z
    .enum(['changed', 'missing'])
    .optional()
    .describe('What re-hashing found: other bytes, or no file.'),
});
export type CustodyDetails = z.infer<typeof CustodyDetailsSchema>;

/** Details as stored (JSON text), or undefined when there are none or they are not what this code writes. */
export function custodyDetailsOf(json: string | null): CustodyDetails | undefined {
  if (json === null) return undefined;
  try {
    const parsed = CustodyDetailsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
