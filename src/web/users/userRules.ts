import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { ROLE_ORG_KINDS, type Role } from '../../core/roles.js';
import type { Org } from '../orgs/api';

/** The server's rules (src/server/modules/users/schemas.ts), checked before sending. */
export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{3,32}$/;
export const PHONE_PATTERN = /^[0-9+\-() ]{5,20}$/;
export const CERTIFICATE_NO_MAX = 50;

/** An expiry date belongs to a certificate: without a number the server refuses it. */
export function certificateNeedsNumberRule(t: TFunction): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_rule, expiresOn: unknown) => {
      const number = getFieldValue('certificateNo') as string | undefined;
      if (!expiresOn || number?.trim()) return Promise.resolve();
      return Promise.reject(new Error(t('users.certificateNoRequired')));
    },
  });
}

/** The organisation must be of a kind the role works at (src/core/roles.ts). */
export function orgFitsRoleRule(t: TFunction, orgs: readonly Org[]): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_rule, orgId: string | undefined) => {
      const role = getFieldValue('role') as Role | undefined;
      const org = orgs.find((candidate) => candidate.id === orgId);
      if (!role || !org || ROLE_ORG_KINDS[role].includes(org.kind)) return Promise.resolve();
      const kinds = ROLE_ORG_KINDS[role].map((kind) => t(`orgKinds.${kind}`)).join(t('users.kindSeparator'));
      return Promise.reject(new Error(t('users.orgKindMismatch', { role: t(`roles.${role}`), kinds })));
    },
  });
}
