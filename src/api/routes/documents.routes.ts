import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../../core/actor.ts';
import {
  documentCustody,
  documentFile,
  documentForView,
  documentPages,
  documentSuggestions,
  getDocument,
  listDocuments,
} from '../../core/document/document-read.service.ts';
import { addDocument } from '../../core/document/document.service.ts';
import type { DocumentDeps } from '../../core/document/document.ts';
import { DomainError } from '../../core/errors.ts';
import type { Suggestion } from '../../ingest/extract/suggestion.ts';
import type { Extractor } from '../../node-documents.ts';
import type { PageRenderer } from '../../page-images.ts';
import type { ApiDeps } from '../app.ts';
import { clientAddress } from '../auth/request-facts.ts';
import { DOCUMENT_SCHEMAS, UploadQuerySchema, uploadDetailsOf } from '../document-wire.ts';
import type { AppEnv } from '../env.ts';
import {
  documented,
  errors,
  invalid,
  jsonOf,
  LANGUAGES,
  langParam,
  registerSchemas,
  type Language,
} from '../route-kit.ts';

const tags = ['documents'];

/** What the document routes need beyond the API's own deps: the service's ports, extraction, the reading queue. */
export interface DocumentApiDeps {
  service: DocumentDeps;
  extract: Extractor;
  /** Reads a new file's text after the upload's answer (the server's queue); nothing reads it when absent. */
  readInBackground?: (job: { sha256: string; actor: Actor; name?: string }) => void;
  isBehindProxy?: boolean;
  /** Draws a page as an image for the viewer (pdftoppm); the image route answers 503 without it. */
  renderPage?: PageRenderer;
}

/** The path of the upload route, whose body is a file: the body limit of the other routes is not its. */
export const UPLOAD_PATH = /^\/api\/cases\/[^/]+\/documents$/;

const IdParam = z.object({ id: z.string().min(1).max(200) });
const PagesQuery = z.object({
  from: z.string().optional().describe('The first page (1 unless said).'),
  to: z.string().optional().describe('The last page (at most 50 pages an answer).'),
});
const PageQuery = z.object({ page: z.string().optional().describe('Only this page.') });
/** The languages the interface speaks: article titles and labels of suggestions come in the one asked for. */
const SuggestionsQuery = PageQuery.extend({ lang: langParam('article titles and labels') });
const NOT_HELD: Record<Language, string> = {
  en: 'not in the law data',
  ru: 'нет в данных о законах',
  kk: 'заң деректерінде жоқ',
};

const pageOf = (field: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,6}$/.test(value)) throw invalid(field, `${field} must be a page number (1, 2, …)`);
  return Number(value);
};

/** A line a person reads for a suggestion: the article and its title, the date, the name, the address. */
export function suggestionLabel(s: Suggestion, lang: Language = 'en'): string {
  switch (s.type) {
    case 'citation': {
      const v = s.value;
      const code = [v.code.jurisdiction, v.code.code].filter((x) => x !== undefined).join(' ');
      const cited = `${code === '' ? '' : `${code} `}${v.article}${v.part !== undefined ? `(${v.part})` : ''}${v.point !== undefined ? ` "${v.point}"` : ''}`;
      return v.resolution.status === 'held'
        ? `${cited}: ${v.resolution.title}`
        : `${cited} (${NOT_HELD[lang]})`;
    }
    case 'date':
      return s.value.until !== undefined ? `${s.value.date} – ${s.value.until}` : s.value.date;
    case 'person':
      return s.value.name;
    case 'link':
      return s.value.url ?? [s.value.platform, s.value.handle].filter((x) => x !== undefined).join(' ');
    default:
      return s.quote;
  }
}

/** The request body as a stream of chunks, read as the upload checks go (never whole before its limit). */
function bodyOf(c: Context<AppEnv>): AsyncIterable<Uint8Array> {
  const body = c.req.raw.body;
  if (body === null) return (async function* () {})();
  return body;
}

function fileNameOf(header: string | undefined): string | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  try {
    return decodeURIComponent(header).replace(/[/\\]/g, '_').slice(0, 1_000);
  } catch {
    throw invalid('X-File-Name', 'X-File-Name must be the file name, URI-encoded');
  }
}

const refused = {
  413: jsonOf('Error', 'The file is larger than the limit (document.too_large)'),
  415: jsonOf('Error', 'A type Casewatch does not keep, or one the file lies about (document.type_mismatch)'),
};

/**
 * Documents: uploads into a case (the text read in the background), their list, summary, pages, original file
 * (each download a custody event), extraction's suggestions and chain of custody. A reader who may not read a
 * document's source record gets 404 for all of it.
 */
export function documentRoutes(app: OpenAPIHono<AppEnv>, deps: ApiDeps): void {
  registerSchemas(app, DOCUMENT_SCHEMAS);
  const need = (): DocumentApiDeps => {
    if (deps.documents === undefined)
      throw new DomainError('store.unavailable', 'this server keeps no documents');
    return deps.documents;
  };
  const sessionOf = (c: Context<AppEnv>) => deps.openSession(c.get('actor'));

  documented(
    app,
    createRoute({
      method: 'post',
      path: '/api/cases/{caseId}/documents',
      tags,
      summary: 'Adds a file to a case as a document; its text is read in the background',
      description:
        'The body is the file itself; Content-Type its declared type; X-File-Name its name, URI-encoded.',
      request: {
        params: z.object({ caseId: z.string().min(1).max(200) }),
        query: UploadQuerySchema,
        body: {
          required: true,
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
      },
      responses: {
        202: jsonOf('DocumentAdded', 'Kept; its text is being read'),
        ...errors(400, 403, 404, 409, 422, 503),
        ...refused,
      },
    }),
    async (c) => {
      const docs = need();
      const { caseId } = c.req.valid('param');
      const query = c.req.valid('query');
      const name = fileNameOf(c.req.header('X-File-Name'));
      const declaredType = c.req.header('Content-Type')?.split(';')[0]?.trim();
      const doc = await addDocument(docs.service, sessionOf(c), {
        caseId,
        bytes: bodyOf(c),
        ...(name !== undefined ? { name } : {}),
        ...(declaredType !== undefined && declaredType !== '' ? { declaredType } : {}),
        ...(query.title !== undefined ? { title: query.title } : {}),
        ...(query.url !== undefined ? { url: query.url } : {}),
        ...(query.documentKind !== undefined ? { documentKind: query.documentKind } : {}),
        ...(query.visibility !== undefined ? { visibility: query.visibility } : {}),
        ...uploadDetailsOf(query),
        origin: clientAddress(c, { isBehindProxy: docs.isBehindProxy === true }),
      });
      if (doc.textStatus === 'pending')
        docs.readInBackground?.({
          sha256: doc.file.sha256,
          actor: c.get('actor'),
          ...(name !== undefined ? { name } : {}),
        });
      return c.json({ id: doc.id, sha256: doc.file.sha256, textStatus: doc.textStatus, document: doc }, 202);
    },
  );

  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/cases/{caseId}/documents',
      tags,
      summary: "The case's documents the acting user may read",
      request: { params: z.object({ caseId: z.string().min(1).max(200) }) },
      responses: { 200: jsonOf('DocumentList', 'The documents, by id'), ...errors(404, 503) },
    }),
    async (c) => {
      const items = await listDocuments(need().service, sessionOf(c), c.req.valid('param').caseId);
      return c.json({ items }, 200);
    },
  );

  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/documents/{id}',
      tags,
      summary: 'A document: its title, case, file and the state of its text',
      request: { params: IdParam },
      responses: { 200: jsonOf('DocumentSummary', 'The document'), ...errors(404, 503) },
    }),
    async (c) => c.json(await getDocument(need().service, sessionOf(c), c.req.valid('param').id), 200),
  );

  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/pages',
      tags,
      summary: "The text of a document's pages, at most 50 an answer",
      request: { params: IdParam, query: PagesQuery },
      responses: {
        200: jsonOf('DocumentPages', 'The pages read so far in the range'),
        ...errors(400, 404, 503),
      },
    }),
    async (c) => {
      const { from, to } = c.req.valid('query');
      const range = { from: pageOf('from', from), to: pageOf('to', to) };
      const pages = await documentPages(need().service, sessionOf(c), c.req.valid('param').id, {
        ...(range.from !== undefined ? { from: range.from } : {}),
        ...(range.to !== undefined ? { to: range.to } : {}),
      });
      return c.json({ pages }, 200);
    },
  );

  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/pages/{n}/image',
      tags,
      summary: 'A page as an image (PNG at 110 dpi); an image file is its own page 1',
      request: { params: IdParam.extend({ n: z.string().regex(/^[1-9]\d{0,6}$/) }) },
      responses: {
        200: {
          description: 'The page',
          content: { 'image/png': { schema: { type: 'string', format: 'binary' } } },
        },
        ...errors(400, 404, 503),
      },
    }),
    async (c) => {
      const docs = need();
      const { id, n } = c.req.valid('param');
      const file = await documentForView(docs.service, sessionOf(c), id);
      const page = Number(n);
      if (file.pageCount !== undefined && page > file.pageCount)
        throw new DomainError('record.not_found', `document ${id} has ${file.pageCount} pages, not ${page}`);
      if (docs.renderPage === undefined)
        throw new DomainError('store.unavailable', 'this server does not draw pages');
      const image = await docs.renderPage(file, page);
      return new Response(image.bytes, {
        status: 200,
        headers: { 'Content-Type': image.mediaType, 'X-Content-Type-Options': 'nosniff' },
      });
    },
  );

  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/file',
      tags,
      summary: 'The original file, unchanged; each download is recorded in its chain of custody',
      request: { params: IdParam },
      responses: {
        200: {
          description: 'The file',
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
        ...errors(404, 503),
      },
    }),
    async (c) => {
      const docs = need();
      const origin = clientAddress(c, { isBehindProxy: docs.isBehindProxy === true });
      const file = await documentFile(docs.service, sessionOf(c), c.req.valid('param').id, origin);
      const name = file.name ?? `${file.sha256}`;
      return new Response(file.bytes, {
        status: 200,
        headers: {
          'Content-Type': file.mediaType,
          'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          'X-Content-Type-Options': 'nosniff',
          'Content-Length': String(file.bytes.length),
        },
      });
    },
  );

  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/suggestions',
      tags,
      summary: 'What extraction finds in the text: citations, dates, sentences, persons, links',
      request: { params: IdParam, query: SuggestionsQuery },
      responses: {
        200: jsonOf('DocumentSuggestions', 'The suggestions, page by page'),
        ...errors(400, 404, 503),
      },
    }),
    async (c) => {
      const docs = need();
      const session = sessionOf(c);
      const { id } = c.req.valid('param');
      const { page: pageText, lang = 'en' } = c.req.valid('query');
      const page = pageOf('page', pageText);
      const doc = await getDocument(docs.service, session, id);
      const extract = await docs.extract(session, doc.case, [lang, ...LANGUAGES.filter((l) => l !== lang)]);
      const found = await documentSuggestions(docs.service, session, id, extract, page);
      const suggestions = found.map((s) => ({
        key: s.key,
        type: s.type,
        page: s.page,
        start: s.start,
        end: s.end,
        quote: s.quote,
        label: suggestionLabel(s, lang),
        value: s.value,
      }));
      return c.json({ suggestions }, 200);
    },
  );

  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/custody',
      tags,
      summary: "The document's chain of custody: who added, read, verified and exported it, when, from where",
      request: { params: IdParam },
      responses: { 200: jsonOf('Custody', 'The events, oldest first'), ...errors(404, 503) },
    }),
    async (c) => {
      const events = await documentCustody(need().service, sessionOf(c), c.req.valid('param').id);
      return c.json(
        {
          events: events.map((e) => ({
            action: e.action,
            actor: e.actor,
            ...(e.actorName !== undefined ? { actorName: e.actorName } : {}),
            at: e.at,
            ...(e.origin !== undefined ? { origin: e.origin } : {}),
            ...(e.details !== undefined ? { details: e.details } : {}),
            ...(e.detail !== undefined ? { detail: e.detail } : {}),
          })),
        },
        200,
      );
    },
  );
}
