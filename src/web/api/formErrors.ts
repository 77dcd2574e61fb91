import type { FormInstance } from 'antd';
import i18n from '../i18n';
import { isApiError } from './client';

type NamePath = (string | number)[];

/** `body.names.0.name`, `/names/0/name` or `names.0.name` → `['names', 0, 'name']`. */
export function fieldPathToName(path: string): NamePath {
  return path
    .replace(/^\//, '')
    .split(/[./]/)
    .filter((segment, index) => segment !== '' && !(index === 0 && segment === 'body'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Puts the server's field errors next to the matching form fields.
 * Returns the messages that matched no field on this form, so the caller can show them elsewhere.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): string[] {
  if (!isApiError(error) || error.fields.length === 0) return [];
  const formFields = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const unmatched: string[] = [];
  const matched: { name: NamePath; errors: string[] }[] = [];
  for (const field of error.fields) {
    const name = fieldPathToName(field.path);
    const head = name[0];
    if (typeof head === 'string' && formFields.has(head)) matched.push({ name, errors: [field.message] });
    else unmatched.push(field.message);
  }
  form.setFields(matched);
  return unmatched;
}

/**
 * The one error-handling path for form submissions: field errors go next to their fields; anything
 * else (or a field the form does not have) goes to `showMessage`.
 */
export function reportFormError(form: FormInstance, error: unknown, showMessage: (text: string) => void): void {
  const unmatched = applyFieldErrors(form, error);
  const hasFieldErrors = isApiError(error) && error.fields.length > 0;
  if (!hasFieldErrors) showMessage(error instanceof Error ? error.message : String(error));
  else if (unmatched.length > 0) showMessage(unmatched.join(i18n.t('common.listSeparator')));
}
