import type { OpenStoreOptions } from '../store/open-store.ts';
import { visibleText } from './output.ts';

/**
 * What the CLI tells a person on stderr as the store opens and works: on a terminal, that a write waits for
 * another process's. Nothing under --json, where stderr carries only the error, nor when stderr is not a
 * terminal (a script learns of a wait that lasts too long from the error and its exit code).
 */
export function storeNotices(asJson: boolean, stderr: NodeJS.WriteStream = process.stderr): OpenStoreOptions {
  const say = (line: string) => stderr.write(visibleText(`casewatch: ${line}`) + '\n');
  if (asJson || !stderr.isTTY) return {};
  return {
    onWait: (file) =>
      say(`another process is writing to ${file}; waiting for it to finish (Ctrl-C gives up)…`),
  };
}
