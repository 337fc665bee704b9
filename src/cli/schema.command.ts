import { writeFileSync } from 'node:fs';
import { bundleJsonSchema } from '../exchange/bundle-schema.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { printJson, UsageError } from './output.ts';

/** casewatch schema bundle [--out FILE]: the bundle's JSON Schema, generated from the zod schemas. */
export async function runSchema(_ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  if (args.length > 0) throw new UsageError('schema bundle takes no arguments');
  const schema = bundleJsonSchema();
  if (flags.out !== undefined) writeFileSync(flags.out, JSON.stringify(schema, null, 2) + '\n');
  else printJson(schema);
  return Promise.resolve();
}
