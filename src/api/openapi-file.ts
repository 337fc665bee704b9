import type { LegalKnowledge } from '../core/law/legal-knowledge.ts';
import { createApp } from './app.ts';
import type { AuthDeps } from './auth/authenticate.ts';
import { renderOpenApiDocument } from './openapi-document.ts';

const unused = () => {
  throw new Error('the OpenAPI document is generated from the routes alone');
};

/** Accounts that fail if anything asks them: the document only needs the sign-in routes mounted. */
const UNUSED_ACCOUNTS: AuthDeps = {
  accounts: new Proxy({} as AuthDeps['accounts'], { get: unused }),
  hasher: { hash: unused, verify: unused },
  secrets: { token: unused, bytes: unused, digest: unused, hmacSha1: unused, isSame: unused },
  clock: { now: unused },
  isBehindProxy: false,
};

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
      accounts: UNUSED_ACCOUNTS,
    }),
  );
}
