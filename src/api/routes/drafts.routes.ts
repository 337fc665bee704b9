import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import { assertAllowed } from '../../core/access/policy.ts';
import { parseOrThrow } from '../../core/common/zod-issues.ts';
import { draftCase } from '../../ingest/draft/case-draft.ts';
import { localDay } from '../../core/dates/day.ts';
import type { ApiDeps } from '../app.ts';
import { CaseDraftQuerySchema, DRAFT_SCHEMAS, type CaseDraftSchema } from '../draft-wire.ts';
import type { AppEnv } from '../env.ts';
import { ref } from '../openapi-schemas.ts';
import { documented, errors, jsonOf, readJson, registerSchemas } from '../route-kit.ts';

/**
 * A case drafted from a source's text, for the form that records a case from a source: only for those who may
 * write, since the text pasted may be confidential; it reads the law data and records nothing, logs nothing.
 */
export function draftRoutes(app: OpenAPIHono<AppEnv>, deps: ApiDeps): void {
  registerSchemas(app, DRAFT_SCHEMAS);
  documented(
    app,
    createRoute({
      method: 'post',
      path: '/api/drafts/case',
      tags: ['cases'],
      summary:
        "A case as a source's text tells it: person, charges, measures, hearings, each quoting its sentence",
      request: {
        body: { required: true, content: { 'application/json': { schema: ref('CaseDraftQuery') } } },
      },
      responses: { 200: jsonOf('CaseDraft', 'The draft; nothing is recorded'), ...errors(400, 403) },
    }),
    async (c) => {
      assertAllowed(c.get('actor'), 'write');
      const { text, jurisdiction, publishedOn } = parseOrThrow(CaseDraftQuerySchema, await readJson(c));
      // Without law data for the jurisdiction, no article or measure is named, and the rest is drafted all the same.
      const isHeld = deps.law.jurisdictions().includes(jurisdiction);
      const draft = draftCase(
        text,
        {
          jurisdiction,
          findArticles: (words) => deps.law.findArticles(jurisdiction, words),
          measures: isHeld ? deps.law.measures(jurisdiction) : [],
          sentenceTypes: isHeld ? deps.law.jurisdiction(jurisdiction).sentenceTypes : [],
          elements: (a, onDay) =>
            isHeld
              ? deps.law.offenceElements(
                  jurisdiction,
                  a.code,
                  a.article,
                  a.part,
                  onDay ?? localDay(deps.clock.now(), deps.law.timeZoneOf(jurisdiction)),
                )
              : undefined,
        },
        publishedOn,
      );
      return c.json(draft satisfies z.input<typeof CaseDraftSchema>, 200);
    },
  );
}
