import { z } from 'zod';
import { DIVISION_LEVELS } from '../../../core/divisions.js';
import { ORG_KINDS } from '../../../core/orgs.js';
import { ROLES } from '../../../core/roles.js';
import { Password } from '../users/schemas.js';

export const LoginBody = z.object({
  username: z.string().trim().min(1, { message: '请输入用户名' }).max(64),
  password: z.string().min(1, { message: '请输入密码' }).max(128),
});

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  mustChangePassword: z.boolean(),
  org: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ORG_KINDS),
    divisionCode: z.string(),
    divisionName: z.string(),
    divisionPath: z.array(z.object({ code: z.string(), name: z.string(), level: z.enum(DIVISION_LEVELS) })),
  }),
});
export type Me = z.infer<typeof Me>;

export const MeResponse = z.object({ user: Me });

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, { message: '请输入当前密码' }).max(128),
  newPassword: Password,
});
