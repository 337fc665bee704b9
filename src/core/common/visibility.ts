import { z } from 'zod';
import { SCHEMA_MESSAGES } from './schema-messages.ts';

/**
 * Who may see a record: 'public' (published), 'internal' (the organisation's researchers),
 * 'restricted' (admins, and the users and groups the record names in its `readers`).
 * Records are internal unless someone decides to publish them.
 */
export const VisibilitySchema = z.enum(['public', 'internal', 'restricted']).default('internal');
export type Visibility = z.infer<typeof VisibilitySchema>;

/** From the most open to the most closed: a field is never more open than its record. */
export const VISIBILITY_ORDER: readonly Visibility[] = ['public', 'internal', 'restricted'];

/** The more closed of two visibilities. */
export function narrower(a: Visibility, b: Visibility): Visibility {
  return VISIBILITY_ORDER.indexOf(a) >= VISIBILITY_ORDER.indexOf(b) ? a : b;
}

/** A user or a group a restricted record is opened to: 'user:NAME' or 'group:NAME'. */
export const PrincipalSchema = z
  .string()
  .max(200)
  // eslint-disable-next-line no-control-regex -- the point is to refuse control characters in a reader's name
  .regex(/^(user|group):[^\s\u0000-\u001f\u007f-\u009f]+$/, {
    message: SCHEMA_MESSAGES.readerFormat,
  });

/** The users and groups, besides admins, who may read a restricted record. */
export const ReadersSchema = z.array(PrincipalSchema).max(100);

/** The visibility of single fields of a record, where its kind's field policy lets a field have its own. */
export const FieldVisibilitySchema = z.record(
  z.string().min(1).max(100),
  z.enum(['public', 'internal', 'restricted']),
);
export type FieldVisibility = z.infer<typeof FieldVisibilitySchema>;
