import i18n from '../i18n';

/** Error codes the server puts in `error` for any non-2xx answer. */
export type ApiErrorCode =
  | 'ValidationError'
  | 'NotFound'
  | 'Forbidden'
  | 'Unauthorized'
  | 'Conflict'
  | 'TooManyRequests'
  | 'InternalError'
  | 'NetworkError'
  | 'UnexpectedResponse';

export interface FieldError {
  /** Dotted path of the offending field in the request body, e.g. `password` or `names.0.name`. */
  path: string;
  message: string;
}

/** A failed API call: HTTP status (0 when the server could not be reached), code, message, fields. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: readonly FieldError[] = [],
  ) {
    super(message);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isUnauthorized(error: unknown): boolean {
  return isApiError(error) && error.status === 401;
}

/** Values a query string may carry; `undefined`, `null` and `''` are left out. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, params: QueryParams | undefined): string {
  if (!params) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** One page of a server-paginated list. */
export interface Page<T> {
  items: T[];
  total: number;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Sends one request; resolves to the parsed JSON body, or `undefined` for 204 No Content. */
async function send(method: Method, path: string, body?: unknown): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NetworkError', i18n.t('errors.network'));
  }
  if (response.status === 204) return undefined;
  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload;
}

/** A request whose answer is a JSON body of type T (the server's response schema guarantees it). */
async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const payload = await send(method, path, body);
  if (payload === undefined) {
    throw new ApiError(200, 'UnexpectedResponse', i18n.t('errors.unexpected', { status: 200 }));
  }
  return payload as T;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(status: number, payload: unknown): ApiError {
  if (!isRecord(payload) || typeof payload.message !== 'string') {
    return new ApiError(status, 'UnexpectedResponse', i18n.t('errors.unexpected', { status }));
  }
  const code = typeof payload.error === 'string' ? (payload.error as ApiErrorCode) : 'UnexpectedResponse';
  const fields = Array.isArray(payload.fields) ? payload.fields.filter(isFieldError) : [];
  return new ApiError(status, code, payload.message, fields);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}

export const api = {
  get: <T>(path: string, params?: QueryParams) => request<T>('GET', withQuery(path, params)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  /** A POST answered with 204 No Content. */
  postNoContent: async (path: string, body?: unknown): Promise<void> => {
    await send('POST', path, body ?? {});
  },
  /** A DELETE answered with 204 No Content. */
  delete: async (path: string): Promise<void> => {
    await send('DELETE', path);
  },
};
