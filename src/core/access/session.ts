import type { Actor } from '../actor.ts';
import type {
  CaseSearch,
  ListQuery,
  PersonSearch,
  ReadScope,
  RecordReader,
  Revision,
  SortedId,
  Store,
  Stored,
  Transaction,
} from '../ports.ts';
import type { CaseScopedKind, RecordKind, RecordOf } from '../record/record-kinds.ts';
import { withActorNames } from '../accounts/actor-names.ts';
import { assertAllowed, scopeOf } from './policy.ts';
import { releaseRecord } from './release.ts';
import { withoutHidden } from './redact.ts';
import { referencesOf } from '../record/references.ts';
import type {
  RebuildProgress,
  SearchKind,
  SearchPage,
  SearchQuery,
  SimilarPerson,
  Suggestion,
} from '../search/search.ts';
import { searchThrough } from '../search/search.service.ts';
import { suggestionsNamedIn } from '../search/suggestion-names.ts';

/** A list query as the edges may ask it: the scope is the session's, never the caller's. */
export type SessionQuery = Omit<ListQuery, 'scope'>;

/**
 * The acting user's one door to the records: every read is filtered to what they may read in SQL and every
 * record leaves through `releaseRecord` (field confidentiality); every write asks the policy first and runs in
 * one unit of work attributed to them. The CLI, the API, import and export read and write through nothing else.
 */
export interface Session {
  readonly actor: Actor;
  get<K extends RecordKind>(kind: K, id: string): Promise<Stored<K> | undefined>;
  list<K extends RecordKind>(kind: K, query?: SessionQuery): Promise<Stored<K>[]>;
  /** How many records of a case-scoped kind in a case the actor may not read: a count, never an id. */
  countWithheld(kind: CaseScopedKind, caseId: string): Promise<number>;
  /** Which of these ids name records that exist but the actor may not read. */
  withheldAmong(kind: RecordKind, ids: readonly string[]): Promise<Set<string>>;
  /** Persons the actor may read one of whose names contains the text. */
  findPersonsByName(text: string): Promise<string[]>;
  /** Cases the actor may read where the person takes part with the role. */
  casesOfPerson(personId: string, role?: string): Promise<string[]>;
  /** A page of the cases the actor may read that match a search, in its order: filtered and sorted in SQL. */
  findCases(search: CaseSearch): Promise<SortedId[]>;
  /** A page of the persons the actor may read that match a search, in its order. */
  findPersons(search: PersonSearch): Promise<SortedId[]>;
  /** The jurisdictions of the cases the user may read, with how many each. */
  jurisdictionCounts(): Promise<{ code: string; cases: number }[]>;
  /** Changes with every write of any record (`RecordReader.lastChange`): what is computed may be kept while it holds. */
  lastChange(): Promise<number>;
  /** Every revision of a record, unredacted: the history service decides, side by side, what the actor sees. */
  revisions(kind: RecordKind, id: string): Promise<Revision[]>;
  /**
   * Entries that record who acted (revisions, custody events), each with `actorName` when this actor may be
   * shown one (core/accounts/actor-names.ts: never a staff member's name to the public); one lookup for all.
   */
  named<T extends { actor: string }>(entries: readonly T[]): Promise<(T & { actorName?: string })[]>;
  /** Records as this actor may see them: the one exit, for records not read through `get` or `list`. */
  release<K extends RecordKind>(kind: K, records: readonly RecordOf<K>[]): Promise<RecordOf<K>[]>;
  /** Records and fields the actor may see that match the query, ranked, with facets and the next page's cursor. */
  search(query: SearchQuery): Promise<SearchPage>;
  /**
   * As the actor types: records they may see whose name or title begins with the text (10 unless said), of the
   * given kinds only when kinds are given; a person or an organisation under its name in the reader's language
   * when one is given and the record has a name in it.
   */
  suggest(
    text: string,
    limit?: number,
    kinds?: readonly SearchKind[],
    language?: string,
  ): Promise<Suggestion[]>;
  /** Persons the actor may see with a name that folds like one of these: "this may be the same person as …". */
  similarPersons(names: readonly string[]): Promise<SimilarPerson[]>;
  /** Rebuilds the search index from the records in one transaction (those who may import only). */
  rebuildSearch(onProgress?: RebuildProgress): Promise<{ records: number; entries: number }>;
  /** Runs writes in one transaction, once the policy allows the action ('write' unless said). */
  write<T>(
    work: (tx: Transaction) => Promise<T>,
    options?: { reason?: string; action?: 'write' | 'import' },
  ): Promise<T>;
  /** Reads that must see one moment of the database (an export), through a session on that moment. */
  snapshot<T>(work: (session: Session) => Promise<T>): Promise<T>;
  /** The same store through another actor's eyes: the open-data export reads as the public. */
  as(actor: Actor): Session;
}

/** Opens the session of an actor on a store. */
export function openSession(store: Store, actor: Actor): Session {
  return sessionOver(store, store.reader, actor);
}

function sessionOver(store: Store, reader: RecordReader, actor: Actor): Session {
  const scope: ReadScope = scopeOf(actor);
  const release = <K extends RecordKind>(kind: K, record: RecordOf<K>) => releaseRecord(actor, kind, record);
  /** Ids among these that name records which exist but lie outside the scope. */
  const withheldAmong = async (kind: RecordKind, ids: readonly string[]): Promise<Set<string>> => {
    if (ids.length === 0) return new Set();
    const readable = new Set((await reader.list(kind, { ids, scope })).map((r) => r.id));
    return new Set((await reader.existing(kind, ids)).filter((id) => !readable.has(id)));
  };
  /**
   * The one exit: fields the actor may not read leave the records, and so does every reference to a record they
   * may not read (an entry about it goes whole, another id becomes WITHHELD_REF); a record about a hidden one
   * (a charge against a hidden person) goes whole.
   */
  const out = async <K extends RecordKind>(kind: K, rows: readonly Stored<K>[]): Promise<Stored<K>[]> => {
    const wanted = new Map<RecordKind, Set<string>>();
    for (const row of rows)
      for (const ref of referencesOf(kind, row.data)) {
        if (!wanted.has(ref.kind)) wanted.set(ref.kind, new Set());
        wanted.get(ref.kind)?.add(ref.id);
      }
    const hidden = new Set<string>();
    for (const [k, ids] of wanted) for (const id of await withheldAmong(k, [...ids])) hidden.add(id);
    const kept = withoutHidden(
      rows.map((row) => release(kind, row.data)),
      hidden,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return kept.flatMap((data) => {
      const row = byId.get(data.id);
      return row === undefined ? [] : [{ ...row, data }];
    });
  };
  const search = searchThrough(store.search, actor, scope);
  return {
    actor,
    async get(kind, id) {
      const stored = await reader.get(kind, id, scope);
      return stored === undefined ? undefined : (await out(kind, [stored]))[0];
    },
    async list(kind, query = {}) {
      return out(kind, await reader.list(kind, { ...query, scope }));
    },
    countWithheld: (kind, caseId) => reader.countOutside(kind, caseId, scope),
    withheldAmong,
    findPersonsByName: (text) => reader.findPersonsByName(text, scope),
    casesOfPerson: (personId, role) => reader.casesOfPerson(personId, role, scope),
    findCases: (search) => reader.findCases(search, scope),
    findPersons: (search) => reader.findPersons(search, scope),
    jurisdictionCounts: () => reader.jurisdictionCounts(scope),
    revisions: (kind, id) => reader.history(kind, id),
    lastChange: () => reader.lastChange(),
    named: (entries) => withActorNames(actor, store.accounts, entries),
    async release(kind, records) {
      const stamped = records.map((data) => ({ kind, id: data.id, data }) as Stored<typeof kind>);
      return (await out(kind, stamped)).map((r) => r.data);
    },
    ...search,
    async suggest(text, limit, kinds, language) {
      const found = await search.suggest(text, limit, kinds);
      if (language === undefined) return found;
      return suggestionsNamedIn(found, language, async (kind, ids) =>
        (await out(kind, await reader.list(kind, { ids, scope }))).map((row) => row.data),
      );
    },
    write(work, options = {}) {
      assertAllowed(actor, options.action ?? 'write');
      return store.run(actor, work, options.reason !== undefined ? { reason: options.reason } : undefined);
    },
    snapshot: (work) => store.snapshot((moment) => work(sessionOver(store, moment, actor))),
    as: (other) => sessionOver(store, reader, other),
  };
}
