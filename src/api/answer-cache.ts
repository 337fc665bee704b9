import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Session } from '../core/access/session.ts';
import type { Actor } from '../core/actor.ts';
import { answerBytes, encodeAnswer, sendEncoded, type EncodedAnswer } from './encoded-answer.ts';

const UTF8 = new TextEncoder();

/** The answer as UTF-8 (and gzip), encoded once: a string would be encoded again for every reader it is sent to. */
type Entry = EncodedAnswer;

/** Who sees the same answer: the roles, the account and the groups decide what a reader may see, nothing else. */
function readerKey(actor: Actor): string {
  return JSON.stringify([[...actor.roles].sort(), actor.user ?? null, [...(actor.groups ?? [])].sort()]);
}

/**
 * Answers computed from the records (a case file, its facts), kept while no record has changed since: the key is
 * the store's last change, who reads (roles, account, groups), the hour (facts are as of today) and the URL, so a
 * write anywhere, another reader or another day computes afresh. Each answer carries an ETag of its key, and a
 * client that has it gets 304; a client that takes gzip gets the answer compressed once when it was kept. Requests that arrive while an answer is being computed wait for it. The least recently used answers go once the kept ones exceed `maxBytes`.
 */
export class AnswerCache {
  readonly #entries = new Map<string, Entry>();
  /** Answers being computed: a request for one waits for it rather than computing it again. */
  readonly #pending = new Map<string, Promise<Entry>>();
  #bytes = 0;

  constructor(
    private readonly now: () => string,
    /**
     * 8 MiB of answers as kept, compressed: a mass trial's file and facts (about 500 records) are some 80 KB for one
     * reader, so a hundred such cases stay; more would count against the server's memory (200 MiB with 100,000 cases).
     */
    private readonly maxBytes = 8 * 2 ** 20,
  ) {}

  async json(c: Context, session: Session, compute: () => Promise<unknown>): Promise<Response> {
    const key = [
      await session.lastChange(),
      readerKey(session.actor),
      this.now().slice(0, 13),
      c.req.url,
    ].join('\n');
    let entry = this.#entries.get(key);
    if (entry !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    } else entry = await this.#computeOnce(key, compute);
    return sendEncoded(c, entry, 200, { 'Content-Type': 'application/json' });
  }

  /** Many readers asking at once for what is not kept yet (a page just published) compute it once. */
  async #computeOnce(key: string, compute: () => Promise<unknown>): Promise<Entry> {
    let pending = this.#pending.get(key);
    if (pending === undefined) {
      pending = (async () => {
        const body = UTF8.encode(JSON.stringify(await compute()));
        const entry = encodeAnswer(
          body,
          `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`,
        );
        this.#keep(key, entry);
        return entry;
      })();
      this.#pending.set(key, pending);
      void pending.then(
        () => this.#pending.delete(key),
        () => this.#pending.delete(key),
      );
    }
    return pending;
  }

  #keep(key: string, entry: Entry): void {
    const size = answerBytes(entry);
    if (size > this.maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += size;
    for (const [old, kept] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(old);
      this.#bytes -= answerBytes(kept);
    }
  }
}
