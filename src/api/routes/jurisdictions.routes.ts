import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { ApiDeps } from '../app.ts';
import type { AppEnv } from '../env.ts';
import { documented } from '../route-kit.ts';

const JurisdictionSchema = z.object({
  code: z.string().describe('The jurisdiction code cases use (kz).'),
  names: z
    .record(z.string(), z.string())
    .optional()
    .describe('Its name by language, from the law data; absent when Casewatch holds no law data for it.'),
  hasLawData: z
    .boolean()
    .describe('Whether the law data (articles, penalties, procedural limits) covers it.'),
  cases: z.number().int().describe('How many cases the acting user may read are in it.'),
});

const JurisdictionsSchema = z.object({ items: z.array(JurisdictionSchema) });

/**
 * The jurisdictions a list can be filtered by: those the law data covers and those the reader's cases are in
 * (a case in a jurisdiction without law data is still recorded, and still found).
 */
export function jurisdictionRoutes(app: OpenAPIHono<AppEnv>, deps: ApiDeps): void {
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/jurisdictions',
      tags: ['law'],
      summary: 'Jurisdictions of the law data and of the cases the acting user may read',
      responses: {
        200: {
          description: 'By code',
          content: { 'application/json': { schema: JurisdictionsSchema } },
        },
      },
    }),
    async (c) => {
      const counted = await deps.openSession(c.get('actor')).jurisdictionCounts();
      const cases = new Map(counted.map((j) => [j.code, j.cases]));
      const codes = [...new Set([...deps.law.jurisdictions(), ...cases.keys()])].sort();
      const items = codes.map((code) => {
        const isHeld = deps.law.jurisdictions().includes(code);
        return {
          code,
          ...(isHeld ? { names: { ...deps.law.jurisdiction(code).names } as Record<string, string> } : {}),
          hasLawData: isHeld,
          cases: cases.get(code) ?? 0,
        };
      });
      return c.json({ items } satisfies z.infer<typeof JurisdictionsSchema>, 200);
    },
  );
}
