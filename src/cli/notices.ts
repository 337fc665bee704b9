import type { OpenStoreOptions } from '../store/open-store.ts';
import { visibleText } from './output.ts';

/**
 * What the CLI tells a person on stderr as the store opens and works: that it made a new database, and where
 * (a mistyped CASEWATCH_DB, or a command run in another folder, shows at once); on a terminal, that a write waits
 * for another process's. Nothing under --json, where stderr carries only the error; a script learns of a wait
 * that lasts too long from the error and its exit code.
 */
export function storeNotices(asJson: boolean, stderr: NodeJS.WriteStream = process.stderr): OpenStoreOptions {
  const say = (line: string) => stderr.write(visibleText(`casewatch: ${line}`) + '\n');
  if (asJson) return {};
  const onCreate = (file: string) => say(`created a new database at ${file}`);
  if (!stderr.isTTY) return { onCreate };
  return {
    onCreate,
    onWait: (file) =>
      say(`another process is writing to ${file}; waiting for it to finish (Ctrl-C gives up)…`),
  };
}
