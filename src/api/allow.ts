import type { Hono } from 'hono';
import type { AppEnv } from './env.ts';

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Each path answers the methods it has: another method answers 405 with them (Allow), not 404, which would say
 * the path is wrong; OPTIONS answers with them. Call once every route is registered.
 */
export function allowMethods(app: Hono<AppEnv>): void {
  const methods = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    const set = methods.get(route.path) ?? new Set(['OPTIONS']);
    set.add(route.method);
    if (route.method === 'GET') set.add('HEAD');
    methods.set(route.path, set);
  }
  for (const [path, set] of methods) {
    const list = ORDER.filter((m) => set.has(m));
    const allow = { Allow: list.join(', ') };
    const taken = list.filter((m) => m !== 'OPTIONS');
    const said = taken.length === 1 ? taken[0] : `${taken.slice(0, -1).join(', ')} and ${taken.at(-1)}`;
    app.all(path, (c) =>
      c.req.method === 'OPTIONS'
        ? c.body(null, 204, allow)
        : c.json(
            {
              error: {
                code: 'route.method_not_allowed',
                message: `${c.req.method} is not allowed on ${c.req.path}; it answers ${said}`,
              },
            },
            405,
            allow,
          ),
    );
  }
}
