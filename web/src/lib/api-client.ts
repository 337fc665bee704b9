/** An answer of the API that is not a success: its stable error code and readable message, and its status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The places the API named ($.record.names[0].value, or a field), when it named any. */
    readonly issues: readonly { message: string; path?: string; field?: string }[] = [],
    /** On a 409, the record as it is now (with its version), so the edit can be shown beside it. */
    readonly current?: unknown,
  ) {
    super(message);
  }
}

/**
 * Reads JSON from the API (same origin, under /api). Until the client generated from the OpenAPI document lands,
 * the types come from the core's presenters, imported type-only.
 */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    headers: { Accept: 'application/json' },
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as
      { error?: { code?: string; message?: string } } | undefined;
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'http.error',
      body?.error?.message ?? `${response.status} ${response.statusText}`,
    );
  }
  return (await response.json()) as T;
}
