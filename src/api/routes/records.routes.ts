import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Session } from '../../core/access/session.ts';
import { CASE_PAGE } from '../../core/case/case.service.ts';
import { IdSchema } from '../../core/common/schemas.ts';
import { parseOrThrow } from '../../core/common/zod-issues.ts';
import { DomainError } from '../../core/errors.ts';
import type { Stored } from '../../core/ports.ts';
import { updateCharge } from '../../core/charge/charge-handover-dates.service.ts';
import { createRecord, deleteRecord, updateRecord } from '../../core/record/record.service.ts';
import { CASE_LISTED_KINDS, RECORD_KINDS, type RecordKind } from '../../core/record/record-kinds.ts';
import type { ApiDeps } from '../app.ts';
import type { AppEnv } from '../env.ts';
import { ref, schemaName } from '../openapi-schemas.ts';
import {
  decodeCursor,
  documented,
  encodeCursor,
  errors,
  etag,
  viewTag,
  expectedVersion,
  jsonOf,
  readJson,
} from '../route-kit.ts';
import { PatchBodySchema, presentStored, WriteEnvelopeSchema } from '../wire.ts';
import { encodeSortCursor, personListRequest, PersonListQuerySchema } from '../list-query.ts';
import { searchPersons } from '../../core/person/person-search.service.ts';
import { mergePatch } from '../merge-patch.ts';
import { answerConflict, inRecord } from './conflict.ts';

/** Where a record of a kind lives: /api/persons/{id}; a case's record is /api/cases/{id}/record (the case file is /api/cases/{id}). */
export function itemPath(kind: RecordKind): string {
  const base = `/api/${RECORD_KINDS[kind].collection}/{id}`;
  return kind === 'case' ? `${base}/record` : base;
}

/** The URL of one record. */
export function itemUrl(kind: RecordKind, id: string): string {
  return itemPath(kind).replace('{id}', encodeURIComponent(id));
}

const LimitSchema = z
  .string()
  .regex(/^\d+$/, { message: 'expected a whole number' })
  .optional()
  .describe(`How many records a page holds: 1 to ${CASE_PAGE.max}, ${CASE_PAGE.default} unless said.`);
const CursorSchema = z.string().optional().describe('The `next` of the previous page.');
const IdParams = z.object({ id: IdSchema });
const WriteHeaders = z.object({
  'if-match': z.string().optional().describe('The ETag of the version the edit is based on.'),
});

/** The limit of a page, checked: a 400 naming `limit` when out of range. */
export function pageLimit(limit: string | undefined): number {
  const n = limit === undefined ? CASE_PAGE.default : Number(limit);
  if (!Number.isInteger(n) || n < 1 || n > CASE_PAGE.max)
    throw new DomainError('validation.invalid', `limit must be a whole number from 1 to ${CASE_PAGE.max}`, [
      { code: 'validation.invalid', message: `expected 1 to ${CASE_PAGE.max}`, field: 'limit' },
    ]);
  return n;
}

/** What a list can be asked for: the page, and the filters its kind takes. */
type ListFilters = { limit?: string; cursor?: string; case?: string; name?: string };

/** One page of records the actor may read, and the cursor of the next when there is one. */
async function listPage<K extends RecordKind>(session: Session, kind: K, query: ListFilters) {
  if (kind === 'person') return personPage(session, query);
  const limit = pageLimit(query.limit);
  const after = decodeCursor(query.cursor);
  const ids = query.name !== undefined ? await session.findPersonsByName(query.name) : undefined;
  if (ids !== undefined && ids.length === 0) return { items: [] };
  // One record beyond the page is asked for, so that `next` is given only when another page has something.
  const rows: Stored<K>[] = await session.list(kind, {
    limit: limit + 1,
    ...(after !== undefined ? { after } : {}),
    ...(query.case !== undefined ? { case: query.case } : {}),
    ...(ids !== undefined ? { ids } : {}),
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(presentStored),
    ...(rows.length > limit && last !== undefined ? { next: encodeCursor(last.id) } : {}),
  };
}

/** A page of the persons that match the list's filters, in its order (core/person/person-search.service.ts). */
async function personPage(session: Session, query: z.infer<typeof PersonListQuerySchema>) {
  const request = personListRequest(query);
  const page = await searchPersons(session, request);
  const next = page.next;
  return {
    items: page.persons.map(presentStored),
    ...(next !== undefined
      ? { next: encodeSortCursor(next, request.sort ?? 'id', request.direction ?? 'asc') }
      : {}),
  };
}

/** The record of the path's id that the actor may read, or a 404. */
export async function readableRecord<K extends RecordKind>(session: Session, kind: K, id: string) {
  const stored = await session.get(kind, id);
  if (stored === undefined) throw new DomainError('record.not_found', `no ${kind} with id "${id}"`);
  return stored;
}

/** A record in a write's body, with the path's id (a body naming another id is a 400). */
function withPathId(record: unknown, id: string): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  const given = (record as { id?: unknown }).id;
  if (given === undefined) return { ...record, id };
  if (given !== id)
    throw new DomainError('validation.invalid', `the record's id is not the path's "${id}"`, [
      { code: 'validation.invalid', message: `expected "${id}", as in the path`, path: '$.record.id' },
    ]);
  return record;
}

/**
 * Every kind's routes: a page of records, one record with its version as its ETag, create (201 + Location),
 * replace (PUT) and merge-patch (PATCH) at the version If-Match gives, delete at that version. Each opens the
 * acting user's session and calls one write service; the session decides what they may see and do.
 */
export function recordRoutes(app: OpenAPIHono<AppEnv>, deps: ApiDeps, kind: RecordKind): void {
  const collection = RECORD_KINDS[kind].collection;
  const tags = [collection];
  const session = (actor: Parameters<ApiDeps['openSession']>[0]) => deps.openSession(actor);
  const isCaseScoped = CASE_LISTED_KINDS.includes(kind);
  const etagHeader = {
    description:
      "The version as an entity tag (a read's with a digest of what this reader is sent): send it back as If-Match to edit, or as If-None-Match to read again",
    schema: { type: 'string' as const },
  };
  const stored = {
    ...jsonOf(schemaName.stored(kind), `The ${kind}, with its version`),
    headers: { ETag: etagHeader },
  };
  const created = {
    ...stored,
    headers: {
      ETag: etagHeader,
      Location: { description: `Where the ${kind} is read and edited`, schema: { type: 'string' as const } },
    },
  };

  if (kind !== 'case') {
    const query =
      kind === 'person'
        ? PersonListQuerySchema
        : z.object({
            limit: LimitSchema,
            cursor: CursorSchema,
            ...(isCaseScoped ? { case: IdSchema.optional().describe('Only those of this case.') } : {}),
          });
    documented(
      app,
      createRoute({
        method: 'get',
        path: `/api/${collection}`,
        tags,
        summary: `A page of ${collection} the acting user may read, ${kind === 'person' ? 'filtered and sorted (by id unless said)' : 'by id'}`,
        request: { query },
        responses: { 200: jsonOf(schemaName.page(kind), `A page of ${collection}`), ...errors(400) },
      }),
      async (c) =>
        c.json(await listPage(session(c.get('actor')), kind, c.req.valid('query') as ListFilters), 200),
    );
  }

  documented(
    app,
    createRoute({
      method: 'post',
      path: `/api/${collection}`,
      tags,
      summary: `Creates a ${kind}`,
      request: {
        body: { required: true, content: { 'application/json': { schema: ref(schemaName.create(kind)) } } },
      },
      responses: { 201: created, ...errors(400, 403, 409, 422) },
    }),
    async (c) => {
      const body = parseOrThrow(WriteEnvelopeSchema, await readJson(c));
      const s = session(c.get('actor'));
      const made = await inRecord(() => createRecord(s, kind, body.record, reasonOf(body)));
      c.header('Location', itemUrl(kind, made.id));
      c.header('ETag', etag(made.version));
      return c.json(presentStored(made), 201);
    },
  );

  documented(
    app,
    createRoute({
      method: 'get',
      path: itemPath(kind),
      tags,
      summary: `A ${kind} with its version (ETag)`,
      request: { params: IdParams },
      responses: {
        200: stored,
        304: { description: 'Not changed since the version If-None-Match gives' },
        ...errors(404),
      },
    }),
    async (c) => {
      const found = await readableRecord(session(c.get('actor')), kind, c.req.valid('param').id);
      const answer = presentStored(found);
      const tag = viewTag(found.version, answer);
      c.header('ETag', tag);
      if (c.req.header('if-none-match') === tag) return c.body(null, 304);
      return c.json(answer, 200);
    },
  );

  documented(
    app,
    createRoute({
      method: 'put',
      path: itemPath(kind),
      tags,
      summary: `Replaces a ${kind} if it is still at the version If-Match (or the body) gives`,
      request: {
        params: IdParams,
        headers: WriteHeaders,
        body: { required: true, content: { 'application/json': { schema: ref(schemaName.update(kind)) } } },
      },
      responses: { 200: stored, ...errors(400, 403, 404, 409, 422) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = parseOrThrow(WriteEnvelopeSchema, await readJson(c));
      const version = expectedVersion(c.req.header('if-match'), body.version);
      const s = session(c.get('actor'));
      return answerConflict(c, s, kind, id, async () => {
        const updated = await editRecord(s, kind, withPathId(body.record, id), version, reasonOf(body));
        c.header('ETag', etag(updated.version));
        return c.json(presentStored(updated), 200);
      });
    },
  );

  documented(
    app,
    createRoute({
      method: 'patch',
      path: itemPath(kind),
      tags,
      summary: `Changes fields of a ${kind} (JSON merge patch) if it is still at the version If-Match gives`,
      request: {
        params: IdParams,
        headers: WriteHeaders,
        body: { required: true, content: { 'application/json': { schema: ref('RecordPatch') } } },
      },
      responses: { 200: stored, ...errors(400, 403, 404, 409, 422) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = parseOrThrow(PatchBodySchema, await readJson(c));
      const version = expectedVersion(c.req.header('if-match'), body.version);
      const s = session(c.get('actor'));
      return answerConflict(c, s, kind, id, async () => {
        const current = await readableRecord(s, kind, id);
        const patched = withPathId(mergePatch(current.data, body.record), id);
        const updated = await editRecord(s, kind, patched, version, reasonOf(body));
        c.header('ETag', etag(updated.version));
        return c.json(presentStored(updated), 200);
      });
    },
  );

  documented(
    app,
    createRoute({
      method: 'delete',
      path: itemPath(kind),
      tags,
      summary: `Deletes a ${kind} at the version If-Match gives; its history keeps it, and it can be restored`,
      request: {
        params: IdParams,
        headers: WriteHeaders,
        query: z.object({ version: z.string().regex(/^\d+$/).optional().describe('If not If-Match.') }),
      },
      responses: { 204: { description: 'Deleted' }, ...errors(400, 403, 404, 409) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const inQuery = c.req.valid('query').version;
      const version = expectedVersion(
        c.req.header('if-match'),
        inQuery === undefined ? undefined : Number(inQuery),
      );
      const s = session(c.get('actor'));
      return answerConflict(c, s, kind, id, async () => {
        await deleteRecord(s, kind, id, version);
        return c.body(null, 204);
      });
    },
  );
}

/**
 * An edit through the kind's own write service where it keeps other records in step (a charge's handover and the
 * bringing of the charge after it are one act, dated alike), else the common one.
 */
async function editRecord<K extends RecordKind>(
  s: Session,
  kind: K,
  input: unknown,
  version: number,
  options: { reason?: string },
): Promise<Stored<K>> {
  if (kind === 'charge') return (await updateCharge(s, input, version, options)).charge as Stored<K>;
  return updateRecord(s, kind, input, version, options);
}

/** The reason a write gives, as the services take it. */
export function reasonOf(body: { reason?: string | undefined }): { reason?: string } {
  return body.reason !== undefined ? { reason: body.reason } : {};
}
