import type { ReactNode } from 'react';

/**
 * What a row's line records: what it is first, in heavier type ("Art. 400", "custody", "7 November 2022"), then the
 * rest in plain type, separated by "·", so that the eye finds the row by its first words and reads on only to check
 * it. A claim's line starts with the claim's own words, a sentence read as text: it is not set heavier (`isPlain`).
 */
export function LineParts({
  parts,
  afterHead,
  isPlain = false,
}: {
  parts: readonly string[];
  afterHead?: ReactNode;
  isPlain?: boolean;
}) {
  const [head = '', ...rest] = parts.filter((p) => p !== '');
  return (
    <span className="row-summary">
      <span className={isPlain ? undefined : 'line-head'}>
        {head}
        {afterHead}
      </span>
      {rest.map((p) => ` · ${p}`).join('')}
    </span>
  );
}
