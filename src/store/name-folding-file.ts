import { readFileSync } from 'node:fs';
import { DomainError } from '../core/errors.ts';
import { parseFoldingTables } from '../core/names/folding-tables.ts';
import { NameFolder } from '../core/names/name-folding.ts';
import { NAME_FOLDING_FILE } from '../data-dirs.ts';

/** The name folder of the tables in a file (by default the package's own), or an error naming the file. */
export function loadNameFolder(file = NAME_FOLDING_FILE): NameFolder {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DomainError(
      'config.invalid',
      `cannot read the name folding tables ${file}: ${(error as Error).message}`,
    );
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new DomainError('validation.invalid', `${file} is not valid JSON: ${(error as Error).message}`);
  }
  return new NameFolder(parseFoldingTables(input, file));
}
