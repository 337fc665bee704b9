import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { NameSchema } from '../common/names.ts';
import { IdSchema, PeriodSchema, SourcesSchema } from '../common/schemas.ts';
import { VisibilitySchema } from '../common/visibility.ts';

/** A person's tie to an organisation (a party leader, a prosecutor in an office) over a period. */
export const AffiliationSchema = z
  .object({
    organisation: IdSchema,
    role: z.string().min(1),
    period: PeriodSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();

/** A person: a defendant, a lawyer, an official; several written names, each with its script and source. */
export const PersonSchema = z
  .object({
    id: IdSchema,
    names: z.array(NameSchema).min(1, { message: 'a person needs at least one name' }),
    birthDate: PartialDateSchema.optional(),
    gender: z.enum(['female', 'male', 'other', 'unknown']).optional(),
    citizenship: z.array(z.string().length(2)).optional(),
    occupation: z.string().min(1).optional(),
    description: z.string().min(1).optional(),
    affiliations: z.array(AffiliationSchema).default([]),
    visibility: VisibilitySchema,
    sources: SourcesSchema,
  })
  .strict();
export type Person = z.infer<typeof PersonSchema>;
export type PersonInput = z.input<typeof PersonSchema>;
