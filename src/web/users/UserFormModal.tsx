import { useCallback } from 'react';
import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLES, ROLE_ORG_KINDS, type Role } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import type { Org } from '../orgs/api';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { useOrgs } from '../orgs/useOrgs';
import { FormModal } from '../shared/FormModal';
import { DATE_FORMAT, toDateString } from '../shared/dates';
import { passwordRules } from '../shared/passwordRules';
import { createUser, updateUser, type UpdateUserBody, type User } from './api';
import { CERTIFICATE_NO_MAX, PHONE_PATTERN, USERNAME_PATTERN, certificateNeedsNumberRule, orgFitsRoleRule } from './userRules';

interface UserFormValues {
  username: string;
  displayName: string;
  role: Role;
  orgId: string;
  password: string;
  phone?: string;
  certificateNo?: string;
  certificateExpiresOn?: Dayjs | null;
}

interface UserFormModalProps {
  /** The user to edit; omitted to create one. */
  user?: User;
  onClose: () => void;
}

/** The certificate fields as the API takes them: blanks are null. */
function certificateOf(values: UserFormValues) {
  return {
    certificateNo: values.certificateNo?.trim() ? values.certificateNo.trim() : null,
    certificateExpiresOn: values.certificateExpiresOn ? toDateString(values.certificateExpiresOn) : null,
  };
}

/** Only the fields that changed, so an unchanged role or org is never sent. */
function changesOf(user: User, values: UserFormValues): UpdateUserBody {
  const phone = values.phone?.trim() ? values.phone.trim() : null;
  const displayName = values.displayName.trim();
  const { certificateNo, certificateExpiresOn } = certificateOf(values);
  return {
    ...(displayName !== user.displayName ? { displayName } : {}),
    ...(values.role !== user.role ? { role: values.role } : {}),
    ...(values.orgId !== user.orgId ? { orgId: values.orgId } : {}),
    ...(phone !== user.phone ? { phone } : {}),
    ...(certificateNo !== user.certificateNo ? { certificateNo } : {}),
    ...(certificateExpiresOn !== user.certificateExpiresOn ? { certificateExpiresOn } : {}),
  };
}

export function UserFormModal({ user, onClose }: UserFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UserFormValues>();
  const role = Form.useWatch('role', form);
  const { data: orgs = [] } = useOrgs(false);
  const isSelf = user?.id === me.id;
  const fitsRole = useCallback((org: Org) => !role || ROLE_ORG_KINDS[role].includes(org.kind), [role]);
  const mutation = useMutation({
    mutationFn: (values: UserFormValues) =>
      user
        ? updateUser(user.id, changesOf(user, values))
        : createUser({
            username: values.username.trim(),
            displayName: values.displayName.trim(),
            role: values.role,
            orgId: values.orgId,
            password: values.password,
            phone: values.phone?.trim() || undefined,
            certificateNo: certificateOf(values).certificateNo ?? undefined,
            certificateExpiresOn: certificateOf(values).certificateExpiresOn ?? undefined,
          }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });

  async function submit(values: UserFormValues) {
    if (user && Object.keys(changesOf(user, values)).length === 0) {
      void message.info(t('users.nothingChanged'));
      return;
    }
    await mutation.mutateAsync(values);
    void message.success(user ? t('users.updated') : t('users.created'));
  }

  return (
    <FormModal<UserFormValues>
      title={user ? t('users.editTitle', { name: user.displayName }) : t('users.createTitle')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      initialValues={
        user
          ? {
              username: user.username, displayName: user.displayName, role: user.role, orgId: user.orgId, phone: user.phone ?? '',
              certificateNo: user.certificateNo ?? '',
              certificateExpiresOn: user.certificateExpiresOn ? dayjs(user.certificateExpiresOn, DATE_FORMAT) : null,
            }
          : {}
      }
    >
      <Form.Item
        name="username"
        label={t('users.username')}
        rules={user ? [] : [{ required: true, message: t('common.required', { field: t('users.username') }) }, { pattern: USERNAME_PATTERN, message: t('users.usernameRule') }]}
      >
        <Input disabled={Boolean(user)} autoComplete="off" maxLength={32} />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.displayName') }) }, { max: 64 }]}
      >
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('users.role') }) }]}>
        <Select disabled={isSelf} options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
      </Form.Item>
      <Form.Item
        name="orgId"
        label={t('users.org')}
        dependencies={['role']}
        rules={[{ required: true, message: t('common.requiredSelect', { field: t('users.org') }) }, orgFitsRoleRule(t, orgs)]}
      >
        <OrgTreeSelect isSelectable={fitsRole} disabled={isSelf} />
      </Form.Item>
      {!user && (
        <Form.Item name="password" label={t('users.initialPassword')} extra={t('users.initialPasswordHint')} rules={passwordRules(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
      <Form.Item name="phone" label={t('users.phone')} rules={[{ pattern: PHONE_PATTERN, message: t('users.phoneInvalid') }]}>
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      <Form.Item name="certificateNo" label={t('users.certificateNo')} extra={t('users.certificateHint')} rules={[{ max: CERTIFICATE_NO_MAX }]}>
        <Input maxLength={CERTIFICATE_NO_MAX} autoComplete="off" />
      </Form.Item>
      <Form.Item name="certificateExpiresOn" label={t('users.certificateExpiresOn')} dependencies={['certificateNo']} rules={[certificateNeedsNumberRule(t)]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} inputReadOnly />
      </Form.Item>
    </FormModal>
  );
}
