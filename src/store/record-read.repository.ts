import { sql, type Kysely } from 'kysely';
import type {
  CaseSearch,
  ListQuery,
  PersonSearch,
  RecordReader,
  ReadScope,
  Revision,
  SortedId,
  Stored,
} from '../core/ports.ts';
import { findCases, findPersons, jurisdictionCounts, type JsonElements } from './record-lists.ts';
import { DomainError } from '../core/errors.ts';
import { CASE_LISTED_KINDS, type RecordKind } from '../core/record/record-kinds.ts';
import { containsPattern, foldName } from '../core/common/name-fold.ts';
import { tableOf, toRevision, toStored } from './record-rows.ts';
import type { Database, RecordTable } from './schema.ts';
import { inScope } from './read-scope.ts';

/** Ids a query names at most; longer lists go in several queries. */
export const ID_CHUNK = 500;

/** Reads records of every kind with dialect-neutral Kysely queries. */
/** The latest revision's number, which every write raises. */
const lastChangeQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('revisions')
    .select((eb) => eb.fn.max('seq').as('last'))
    .compile();

export class RecordReadRepository implements RecordReader {
  constructor(
    protected readonly db: Kysely<Database>,
    private readonly jsonElements: JsonElements,
  ) {}

  async get<K extends RecordKind>(kind: K, id: string, scope?: ReadScope): Promise<Stored<K> | undefined> {
    let q = this.db.selectFrom(tableOf(kind)).selectAll().where('id', '=', id);
    if (scope !== undefined) q = q.where(inScope(kind, scope));
    const row = await q.executeTakeFirst();
    return row === undefined ? undefined : toStored(kind, row);
  }

  async list<K extends RecordKind>(kind: K, query: ListQuery = {}): Promise<Stored<K>[]> {
    const isCaseQuery = query.case !== undefined || query.cases !== undefined;
    if (isCaseQuery && !CASE_LISTED_KINDS.includes(kind)) {
      throw new DomainError(
        'validation.invalid',
        `${kind} records do not belong to one case; list them without a case filter`,
      );
    }
    if (query.cases?.length === 0) return [];
    const base = () => {
      let q = this.db.selectFrom(tableOf(kind)).selectAll().orderBy('id');
      if (query.case !== undefined) q = q.where('case_id', '=', query.case);
      if (query.cases !== undefined) q = q.where('case_id', 'in', query.cases);
      if (query.scope !== undefined) q = q.where(inScope(kind, query.scope));
      if (query.after !== undefined) q = q.where('id', '>', query.after);
      if (query.limit !== undefined) q = q.limit(query.limit);
      return q;
    };
    let rows: RecordTable[];
    if (query.ids === undefined) rows = await base().execute();
    else {
      rows = [];
      for (let i = 0; i < query.ids.length; i += ID_CHUNK) {
        rows.push(
          ...(await base()
            .where('id', 'in', query.ids.slice(i, i + ID_CHUNK))
            .execute()),
        );
      }
      // Ids are ASCII (IdSchema), so JS order is the databases' bytewise order.
      rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      if (query.limit !== undefined) rows = rows.slice(0, query.limit);
    }
    return rows.map((row) => toStored(kind, row));
  }

  async existing(kind: RecordKind, ids: readonly string[]): Promise<string[]> {
    const found: string[] = [];
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const rows = await this.db
        .selectFrom(tableOf(kind))
        .select('id')
        .where('id', 'in', ids.slice(i, i + ID_CHUNK))
        .execute();
      for (const row of rows) found.push(row.id);
    }
    return found;
  }

  async countOutside(kind: RecordKind, caseId: string, scope: ReadScope): Promise<number> {
    const row = await this.db
      .selectFrom(tableOf(kind))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('case_id', '=', caseId)
      .where((eb) => eb.not(inScope(kind, scope)))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  async count(kind: RecordKind): Promise<number> {
    const row = await this.db
      .selectFrom(tableOf(kind))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async referrers(kind: RecordKind, id: string): Promise<{ kind: RecordKind; id: string }[]> {
    const rows = await this.db
      .selectFrom('record_references')
      .select(['kind', 'record_id'])
      .distinct()
      .where('to_kind', '=', kind)
      .where('to_id', '=', id)
      .orderBy('kind')
      .orderBy('record_id')
      .execute();
    return rows.map((r) => ({ kind: r.kind as RecordKind, id: r.record_id }));
  }

  async findPersonsByName(text: string, scope?: ReadScope): Promise<string[]> {
    const folded = foldName(text.trim());
    if (folded === '') return [];
    let q = this.db
      .selectFrom('person_names')
      .select('person_id')
      .distinct()
      .where(sql<boolean>`folded like ${containsPattern(folded)} escape '\\'`);
    if (scope !== undefined)
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('persons')
            .select('persons.id')
            .whereRef('persons.id', '=', 'person_names.person_id')
            .where(inScope('person', scope, 'persons')),
        ),
      );
    const rows = await q.orderBy('person_id').execute();
    return rows.map((r) => r.person_id);
  }

  async casesOfPerson(personId: string, role?: string, scope?: ReadScope): Promise<string[]> {
    let q = this.db
      .selectFrom('case_participants')
      .select('case_id')
      .distinct()
      .where('person_id', '=', personId);
    if (role !== undefined) q = q.where('role', '=', role);
    if (scope !== undefined)
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('cases')
            .select('cases.id')
            .whereRef('cases.id', '=', 'case_participants.case_id')
            .where(inScope('case', scope, 'cases')),
        ),
      );
    const rows = await q.orderBy('case_id').execute();
    return rows.map((r) => r.case_id);
  }

  findCases(search: CaseSearch, scope?: ReadScope): Promise<SortedId[]> {
    return findCases(this.db, this.jsonElements, search, scope);
  }

  findPersons(search: PersonSearch, scope?: ReadScope): Promise<SortedId[]> {
    return findPersons(this.db, this.jsonElements, search, scope);
  }

  jurisdictionCounts(scope?: ReadScope): Promise<{ code: string; cases: number }[]> {
    return jurisdictionCounts(this.db, scope);
  }

  async history(kind: RecordKind, id: string): Promise<Revision[]> {
    const rows = await this.db
      .selectFrom('revisions')
      .selectAll()
      .where('kind', '=', kind)
      .where('record_id', '=', id)
      .orderBy('seq')
      .execute();
    return rows.map(toRevision);
  }

  /** Compiled once: it runs for every request whose answer may be kept, and building it cost more than running it. */
  #lastChange: ReturnType<typeof lastChangeQuery> | undefined;

  async lastChange(): Promise<number> {
    this.#lastChange ??= lastChangeQuery(this.db);
    const { rows } = await this.db.executeQuery(this.#lastChange);
    return Number(rows[0]?.last ?? 0);
  }
}
