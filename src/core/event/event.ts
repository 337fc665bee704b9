import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { CountryCodeSchema, IdSchema, LineSchema, SourcesSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

/** A count as sources give it: exact, at least, at most, or about. */
export const CountSchema = z
  .object({
    value: z.number().int().nonnegative(),
    qualifier: z.enum(['exact', 'at_least', 'at_most', 'about']).default('exact'),
    sources: SourcesSchema,
  })
  .strict();

/** A public event a case is tied to: protests, riots, elections, deaths, internet shutdowns. */
export const EventSchema = z
  .object({
    id: IdSchema,
    kind: z.enum([
      'protest',
      'riot',
      'election',
      'referendum',
      'deaths',
      'internet_shutdown',
      'state_of_emergency',
      'arrest_wave',
      'legislation',
      'other',
    ]),
    title: LineSchema,
    start: PartialDateSchema,
    end: PartialDateSchema.optional(),
    // A nation-wide event is placed by its country alone; a place says at least one of the three.
    place: z
      .object({
        name: LineSchema.optional(),
        region: LineSchema.optional(),
        country: CountryCodeSchema.optional(),
      })
      .strict()
      .refine((p) => p.name !== undefined || p.region !== undefined || p.country !== undefined, {
        message: SCHEMA_MESSAGES.eventPlace,
        path: ['name'],
      })
      .optional(),
    casualties: z
      .object({
        deaths: CountSchema.optional(),
        injured: CountSchema.optional(),
        detained: CountSchema.optional(),
      })
      .strict()
      .optional(),
    cases: z.array(IdSchema).max(5_000).default([]),
    // A crackdown may sweep up thousands at once.
    persons: z.array(IdSchema).max(20_000).default([]),
    description: TextSchema.optional(),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('event'));
export type Event = z.infer<typeof EventSchema>;
