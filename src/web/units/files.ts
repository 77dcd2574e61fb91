import i18n from '../i18n';
import { ApiError, withQuery, type ApiErrorCode, type FieldError, type QueryParams } from '../api/client';

/**
 * File transfers the JSON client does not cover: multipart uploads and spreadsheet downloads.
 * Errors come back as the same ApiError, with the parsed body kept for answers that carry more
 * than fields (an import's row errors).
 */
export class ApiErrorWithBody extends ApiError {
  constructor(status: number, code: ApiErrorCode, message: string, fields: readonly FieldError[], readonly body: unknown) {
    super(status, code, message, fields);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function failure(response: Response): Promise<ApiErrorWithBody> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text()) as unknown;
  } catch {
    body = undefined;
  }
  if (!isRecord(body) || typeof body.message !== 'string') {
    return new ApiErrorWithBody(response.status, 'UnexpectedResponse', i18n.t('errors.unexpected', { status: response.status }), [], body);
  }
  const code = typeof body.error === 'string' ? (body.error as ApiErrorCode) : 'UnexpectedResponse';
  const fields = Array.isArray(body.fields)
    ? body.fields.filter((f): f is FieldError => isRecord(f) && typeof f.path === 'string' && typeof f.message === 'string')
    : [];
  return new ApiErrorWithBody(response.status, code, body.message, fields, body);
}

async function fetchOrFail(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, 'NetworkError', i18n.t('errors.network'));
  }
  if (!response.ok) throw await failure(response);
  return response;
}

/** POSTs one file as multipart `field` and returns the JSON answer. */
export async function uploadFile<T>(path: string, file: Blob, fileName: string, field = 'file'): Promise<T> {
  const form = new FormData();
  form.append(field, file, fileName);
  const response = await fetchOrFail(path, { method: 'POST', body: form, headers: { Accept: 'application/json' } });
  return (await response.json()) as T;
}

/** `attachment; filename*=UTF-8''%E5%B7%A1…` or `filename="x.xlsx"` → the name, else undefined. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim();
}

/**
 * Downloads a file the server generates (xlsx registers, exports). Fetched rather than linked so a
 * refusal (no permission, bad month) shows as a message instead of a page of JSON.
 */
export async function downloadFile(path: string, params: QueryParams | undefined, fallbackName: string): Promise<void> {
  const response = await fetchOrFail(withQuery(path, params), { method: 'GET' });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
