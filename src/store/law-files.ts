import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { fromZodError } from '../core/common/zod-issues.ts';
import { DomainError, isDomainError, type Issue } from '../core/errors.ts';
import {
  LAW_FILES,
  REQUIRED_LAW_FILES,
  lawPackSchemaFor,
  type LawFileKey,
  type LawPack,
} from '../core/law/law.ts';
import { LegalKnowledge } from '../core/law/legal-knowledge.ts';

const FILE_KEYS = Object.keys(LAW_FILES) as LawFileKey[];
const KNOWN_FILES = new Set<string>(Object.values(LAW_FILES));

/**
 * Reads one jurisdiction's folder (its name is the jurisdiction code) and validates it as a law pack.
 * Throws DomainError 'law.invalid_data' whose issues name the file and the JSON path of every problem.
 */
export function readLawPack(dir: string): LawPack {
  const folderCode = basename(dir);
  const issues: Issue[] = [];
  const raw: Partial<Record<LawFileKey, unknown>> = {};
  if (!existsSync(dir))
    throw lawError([{ code: 'law.invalid_data', file: dir, message: 'no such law folder' }]);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && !KNOWN_FILES.has(n))) {
    issues.push({
      code: 'law.invalid_data',
      file: join(dir, name),
      message: `unexpected file; law files are ${[...KNOWN_FILES].join(', ')}`,
    });
  }
  for (const key of FILE_KEYS) {
    const file = join(dir, LAW_FILES[key]);
    if (!existsSync(file)) {
      if (REQUIRED_LAW_FILES.includes(key))
        issues.push({ code: 'law.invalid_data', file, message: 'required law file is missing' });
      continue;
    }
    const parsed = parseJson(file);
    if ('issue' in parsed) issues.push(parsed.issue);
    else raw[key] = parsed.value;
  }
  if (issues.length > 0) throw lawError(issues);

  const result = lawPackSchemaFor(folderCode).safeParse(raw);
  if (!result.success) throw lawError(issuesByFile(dir, result.error));
  return result.data;
}

/** Loads every jurisdiction folder under `rootDir` (or only `codes`) into one LegalKnowledge. */
export function loadLegalKnowledge(rootDir = 'data/law', codes?: string[]): LegalKnowledge {
  if (!existsSync(rootDir))
    throw lawError([{ code: 'law.invalid_data', file: rootDir, message: 'no such law data folder' }]);
  const folders = readdirSync(rootDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
  const issues: Issue[] = (codes ?? [])
    .filter((c) => !folders.includes(c))
    .map((c) => ({
      code: 'law.invalid_data' as const,
      file: join(rootDir, c),
      message: `no law folder for jurisdiction "${c}"`,
    }));
  const packs: LawPack[] = [];
  for (const folder of folders.filter((f) => codes === undefined || codes.includes(f))) {
    try {
      packs.push(readLawPack(join(rootDir, folder)));
    } catch (error) {
      if (!isDomainError(error, 'law.invalid_data')) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw lawError(issues);
  return new LegalKnowledge(packs);
}

function parseJson(file: string): { value: unknown } | { issue: Issue } {
  const text = readFileSync(file, 'utf8');
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      issue: {
        code: 'law.invalid_data',
        file,
        message: `invalid JSON: ${message}`,
        ...jsonPlace(text, message),
      },
    };
  }
}

// V8 reports a character offset ("at position 123"), newer versions also "(line 3 column 5)"; people want a line.
function jsonPlace(text: string, message: string): { line?: number; column?: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const m = /position (\d+)/.exec(message);
  if (!m) return {};
  const before = text.slice(0, Number(m[1])).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

// The pack's first path key names the file; the rest is the JSON path inside it.
function issuesByFile(dir: string, error: z.ZodError): Issue[] {
  const groups = new Map<string, z.core.$ZodIssue[]>();
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    groups.set(key, [...(groups.get(key) ?? []), { ...issue, path: issue.path.slice(1) }]);
  }
  return [...groups].flatMap(([key, list]) => {
    const file = key in LAW_FILES ? join(dir, LAW_FILES[key as LawFileKey]) : dir;
    return fromZodError(new z.ZodError(list), '$', file).map((i) => ({
      ...i,
      code: 'law.invalid_data' as const,
    }));
  });
}

function lawError(issues: Issue[]): DomainError {
  return DomainError.fromIssues('law.invalid_data', issues);
}
