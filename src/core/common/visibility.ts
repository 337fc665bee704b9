import { z } from 'zod';

/**
 * Who may see a record: 'public' (published), 'internal' (the organisation's researchers),
 * 'restricted' (named people only). Records are internal unless someone decides to publish them.
 */
export const VisibilitySchema = z.enum(['public', 'internal', 'restricted']).default('internal');
export type Visibility = z.infer<typeof VisibilitySchema>;
