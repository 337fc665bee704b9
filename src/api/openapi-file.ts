import type { LegalKnowledge } from '../core/law/legal-knowledge.ts';
import { createApp } from './app.ts';
import { renderOpenApiDocument } from './openapi-document.ts';

/**
 * The OpenAPI document as committed to docs/openapi.json (scripts/generate-openapi.ts writes it; a test fails
 * when it drifts from the routes). Generating it reads nothing: no session is opened.
 */
export function committedOpenApiDocument(law: LegalKnowledge): string {
  return renderOpenApiDocument(
    createApp({
      openSession: () => {
        throw new Error('the OpenAPI document is generated from the routes alone');
      },
      law,
      clock: { now: () => new Date(0).toISOString() },
    }),
  );
}
