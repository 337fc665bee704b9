import type { IntlShape } from 'react-intl';

/** What a form reads of an issue zod raises on its own: its code and the bounds or the type it names. */
interface ZodIssueLike {
  code: string;
  input?: unknown;
  origin?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  exact?: boolean;
}

/**
 * An issue zod raises on its own, one no schema words itself ("Too big: expected string to have <=1000
 * characters"), in the reader's words; undefined where zod's own words are kept. A value left out is for the caller
 * to say (required, or how to write a date).
 */
export function zodIssueText(intl: IntlShape, issue: ZodIssueLike): string | undefined {
  const say = (id: string, values?: Record<string, number>) =>
    intl.formatMessage({ id: `forms.issue.${id}` }, values);
  const bound = (n: number | bigint | undefined) => Number(n ?? 0);
  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      const n = bound(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      if (issue.origin === 'string')
        return issue.exact === true
          ? say('exactLength', { count: n })
          : issue.code === 'too_big'
            ? say('tooLong', { count: n })
            : n <= 1
              ? intl.formatMessage({ id: 'forms.required' })
              : say('tooShort', { count: n });
      if (issue.origin === 'array') return say(issue.code === 'too_big' ? 'tooMany' : 'tooFew', { count: n });
      if (issue.origin === 'number')
        return say(issue.code === 'too_big' ? 'atMost' : 'atLeast', { count: n });
      return undefined;
    }
    case 'invalid_type':
      if (issue.expected === 'int') return say('wholeNumber');
      if (issue.expected === 'number') return say('number');
      return undefined;
    case 'invalid_format':
      return say('format');
    case 'invalid_value':
      return say('choice');
    default:
      return undefined;
  }
}
