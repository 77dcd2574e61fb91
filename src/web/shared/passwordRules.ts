import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../core/passwords.js';

/** The server's password policy (src/core/passwords.ts), checked before sending. */
export function passwordRules(t: TFunction): FormRule[] {
  return [
    { required: true, message: t('common.required', { field: t('auth.password') }) },
    { min: PASSWORD_MIN_LENGTH, message: t('auth.passwordMin', { min: PASSWORD_MIN_LENGTH }) },
    { max: PASSWORD_MAX_LENGTH, message: t('auth.passwordMax', { max: PASSWORD_MAX_LENGTH }) },
    { pattern: /(?=.*[A-Za-z])(?=.*\d)/, message: t('auth.passwordLettersDigits') },
  ];
}
