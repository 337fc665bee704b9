import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { SourcesSchema, TextSchema } from '../common/schemas.ts';

/**
 * The day a record's information was last confirmed, with the sources that confirm it: past it, the facts
 * say what was last known rather than what is. The day may be partial ('2023-01') and keeps its precision.
 */
export const ConfirmedSchema = z
  .object({
    on: PartialDateSchema,
    note: TextSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();
export type Confirmed = z.infer<typeof ConfirmedSchema>;
