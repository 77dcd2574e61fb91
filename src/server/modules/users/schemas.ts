import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../../core/passwords.js';
import { ROLES } from '../../../core/roles.js';
import { isIsoDate } from '../../../core/dates.js';
import { BooleanQuery, Pagination, Uuid, text } from '../../schemas.js';

export const RoleSchema = z.enum(ROLES, { message: '角色不正确' });

export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  orgId: z.string(),
  orgName: z.string(),
  phone: z.string().nullable(),
  certificateNo: z.string().nullable().describe('协管员证编号'),
  certificateExpiresOn: z.string().nullable().describe('协管员证有效期至（含）'),
  enabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

export const ListUsersQuery = z.object({
  q: z.string().trim().max(64).optional(),
  role: RoleSchema.optional(),
  orgId: Uuid.optional(),
  enabled: BooleanQuery.optional(),
  ...Pagination,
});
export type ListUsersQuery = z.infer<typeof ListUsersQuery>;

export const Username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, { message: '用户名为 3–32 位字母、数字、下划线、点或连字符' });

export const Password = z.string().max(PASSWORD_MAX_LENGTH, { message: `密码不能超过 ${PASSWORD_MAX_LENGTH} 位` });

const Phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/, { message: '电话号码格式不正确' });

// 协管员证 (DESIGN §8): held by station heads and assistants, but accepted for any role, since
// people change roles and keep their certificate.
const CertificateNo = text('协管员证编号', 50).describe('协管员证编号');
const CertificateExpiresOn = z
  .string()
  .refine(isIsoDate, { message: '协管员证有效期应为 YYYY-MM-DD 格式的日期' })
  .describe('协管员证有效期至（含）');

export const CreateUserBody = z.object({
  username: Username,
  displayName: text('姓名', 64),
  role: RoleSchema,
  orgId: Uuid,
  password: Password,
  phone: Phone.optional(),
  certificateNo: CertificateNo.optional(),
  certificateExpiresOn: CertificateExpiresOn.optional(),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .object({
    displayName: text('姓名', 64).optional(),
    role: RoleSchema.optional(),
    orgId: Uuid.optional(),
    phone: Phone.nullable().optional(),
    certificateNo: CertificateNo.nullable().optional(),
    certificateExpiresOn: CertificateExpiresOn.nullable().optional(),
    enabled: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), { message: '没有要修改的内容' });
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const ResetPasswordBody = z.object({ password: Password });
