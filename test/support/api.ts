import { openSession } from '../../src/core/access/session.ts';
import { PUBLIC_ACTOR, type Actor } from '../../src/core/actor.ts';
import type { Store } from '../../src/core/ports.ts';
import { createApp } from '../../src/api/app.ts';
import { loadLegalKnowledge } from '../../src/store/law-files.ts';
import { testDocuments } from './documents-api.ts';

/** The roles an API test acts as, each a named user; `public` is a signed-out visitor. */
export const ACTORS = {
  public: PUBLIC_ACTOR,
  viewer: { id: 'vera', user: 'vera', roles: ['viewer'] },
  researcher: { id: 'rita', user: 'rita', roles: ['researcher'] },
  editor: { id: 'emil', user: 'emil', roles: ['editor'] },
  admin: { id: 'ada', user: 'ada', roles: ['admin'] },
} satisfies Record<string, Actor>;
export type As = keyof typeof ACTORS;

const law = loadLegalKnowledge('data/law');

/**
 * The API over a test store, and a way to call it as one of ACTORS: a test header names the role, read only by
 * the `actorOf` the tests give (authentication sets the actor in the server).
 */
export function testApi(getStore: () => Store, options: { hasDocuments?: boolean; now?: string } = {}) {
  const documents = options.hasDocuments === true ? testDocuments(getStore(), law) : undefined;
  const app = createApp({
    openSession: (actor) => openSession(getStore(), actor),
    law,
    clock: { now: () => options.now ?? '2024-06-01T09:00:00.000Z' },
    actorOf: (request) => ACTORS[(request.headers.get('x-test-as') ?? 'public') as As],
    ...(documents !== undefined ? { documents: documents.deps } : {}),
  });
  /** Calls the API as `as`, with a JSON body when given. */
  const call = (as: As, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method,
      headers: {
        'x-test-as': as,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
  return { app, call, law, documents };
}

/** The JSON of a response. */
export async function bodyOf<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** A person as the API takes it. */
export function personInput(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    names: [{ value: `Name of ${id}`, script: 'Latn', language: 'en', kind: 'native' }],
    visibility: 'internal',
    ...overrides,
  };
}
