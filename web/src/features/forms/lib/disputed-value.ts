import { UNDISPUTABLE_FIELDS, valueAt, type Dispute } from '../../../../../src/core/common/disputes.ts';

/** The most paths offered for a dispute: past it the user types the path. */
export const MAX_DISPUTABLE_PATHS = 300;

/**
 * What a typed account of a disputed value means, read like the value the record holds at the dispute's path:
 * beside text (a name, a date such as 2023-04-12, which the core keeps as text) it stays text as typed; beside a
 * number it is a number; beside yes/no it is `true`/`false`; beside a structure (a term, an article) or where the
 * record holds nothing it is JSON when it parses as JSON (`12`, `{"years": 5}`, `"12"` for the text 12), else
 * text. What does not read as the recorded value's kind stays text, and the core's check names its place.
 */
export function readDisputedValue(text: string, recorded: unknown): unknown {
  const typed = text.trim();
  if (typeof recorded === 'string') return typed;
  if (typeof recorded === 'number') return /^-?\d+(\.\d+)?$/.test(typed) ? Number(typed) : typed;
  if (typeof recorded === 'boolean') return typed === 'true' ? true : typed === 'false' ? false : typed;
  try {
    return JSON.parse(typed) as unknown;
  } catch {
    return typed;
  }
}

/** The text a form shows for an account's value: text as it is, any other value as JSON. */
export function formatDisputedValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

type WithDisputes = { disputes?: Dispute[] };

/** The record a form's values make, with each account's typed value read beside the recorded one. */
export function readDisputes(record: unknown): unknown {
  const disputes = (record as WithDisputes).disputes;
  if (!Array.isArray(disputes)) return record;
  return {
    ...(record as object),
    disputes: disputes.map((dispute) => {
      if (typeof dispute.path !== 'string' || !Array.isArray(dispute.accounts)) return dispute;
      const recorded = valueAt(record, dispute.path).value;
      return {
        ...dispute,
        accounts: dispute.accounts.map((account) =>
          typeof account.value === 'string'
            ? { ...account, value: readDisputedValue(account.value, recorded) }
            : account,
        ),
      };
    }),
  };
}

/** A record as its form holds it: each account's value as the text the user edits. */
export function formOfDisputes(record: Record<string, unknown>): Record<string, unknown> {
  const disputes = (record as WithDisputes).disputes;
  if (!Array.isArray(disputes)) return record;
  return {
    ...record,
    disputes: disputes.map((dispute) => ({
      ...dispute,
      accounts: dispute.accounts.map((account) => ({
        ...account,
        value: formatDisputedValue(account.value),
      })),
    })),
  };
}

/**
 * The paths of a record a dispute may name, to choose from: every value it holds (a text, a number, yes/no) and
 * every small structure of them (a term, an article), leaving out what is never disputed (id, case, sources,
 * confidentiality, the disputes themselves) and the citations inside it.
 */
export function disputablePaths(record: unknown): string[] {
  const paths: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (paths.length >= MAX_DISPUTABLE_PATHS) return;
    if (value === null || typeof value !== 'object') {
      if (path !== '') paths.push(path);
      return;
    }
    const entries = Array.isArray(value)
      ? value.map((item, i) => [String(i), item] as const)
      : Object.entries(value as Record<string, unknown>);
    const isFlat =
      entries.length > 0 && entries.every(([, item]) => item === null || typeof item !== 'object');
    if (isFlat && path !== '' && !Array.isArray(value)) paths.push(path);
    for (const [key, item] of entries) {
      if (key === 'sources' || (path === '' && UNDISPUTABLE_FIELDS.has(key))) continue;
      walk(item, path === '' ? key : `${path}/${key}`);
    }
  };
  walk(record, '');
  return paths.slice(0, MAX_DISPUTABLE_PATHS);
}
