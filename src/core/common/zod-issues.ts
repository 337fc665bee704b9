import type { z } from 'zod';
import { DomainError, type Issue } from '../errors.ts';

/** Renders a zod path as a JSON path: $.charges[3].lifecycle[0].date */
export function toJsonPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) {
    out +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `.${String(key)}`
          : `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Turns zod's issues into ours, each naming its JSON path; the one place zod errors are translated. */
export function fromZodError(error: z.ZodError, base = '$', file?: string): Issue[] {
  return error.issues.map((issue) => ({
    code: 'validation.invalid' as const,
    message: issue.message,
    path: toJsonPath(base, issue.path),
    ...(file !== undefined ? { file } : {}),
  }));
}

/** Parses with a schema or throws a DomainError naming every invalid path. */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  base = '$',
  file?: string,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw DomainError.fromIssues('validation.invalid', fromZodError(result.error, base, file));
  return result.data;
}
