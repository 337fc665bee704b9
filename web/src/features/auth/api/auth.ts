import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, getJson } from '../../../lib/api-client.ts';
import { csrfHeaders, setCsrfToken } from '../../../lib/api.ts';

/** The signed-in account, as /api/auth/me and the sign-in answer present it. */
export interface SignedInUser {
  id: string;
  name: string;
  displayName?: string;
  roles: string[];
}

/** Who is reading: an account, or nobody (the public). */
export interface Me {
  user: SignedInUser | null;
  roles: string[];
  csrfToken?: string;
}

/** The signed-in account (or none); keeps the CSRF token it carries for the changes that follow. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async ({ signal }) => {
      const me = await getJson<Me>('/api/auth/me', signal);
      setCsrfToken(me.csrfToken);
      return me;
    },
    staleTime: 60_000,
  });
}

/** What the sign-in form sends; `code` only once the API has asked for the second factor. */
export interface Credentials {
  account: string;
  password: string;
  code?: string;
}

async function postJson(path: string, body?: unknown): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

/** Signs in; a 401 auth.totp_required comes back as an ApiError with that code, so the form asks for the code. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      const response = await postJson('/api/auth/login', credentials);
      const body = (await response.json().catch(() => ({}))) as {
        user?: SignedInUser;
        csrfToken?: string;
        error?: { code?: string; message?: string };
      };
      if (!response.ok || body.user === undefined)
        throw new ApiError(response.status, body.error?.code ?? 'http.error', body.error?.message ?? '');
      setCsrfToken(body.csrfToken);
      return body.user;
    },
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Signs out: the session ends on the server, the token is forgotten, and every page reads as the public again. */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await postJson('/api/auth/logout');
      setCsrfToken(undefined);
    },
    onSuccess: () => client.invalidateQueries(),
  });
}
