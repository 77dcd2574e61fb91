import { z } from 'zod';
import { ORG_KINDS, ORG_STATUSES } from '../../../core/orgs.js';
import { BooleanQuery, IsoDate, Uuid, text } from '../../schemas.js';

export const OrgKind = z.enum(ORG_KINDS, { message: '机构类型不正确' });

export const Org = z.object({
  id: z.string(),
  kind: OrgKind,
  name: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  countyCode: z.string().nullable(),
  parentId: z.string().nullable(),
  status: z.enum(ORG_STATUSES),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
});
export type Org = z.infer<typeof Org>;

export const OrgDetail = Org.extend({
  names: z.array(z.object({ name: z.string(), validFrom: z.string(), validTo: z.string().nullable() })),
});

export const ListOrgsQuery = z.object({ includeClosed: BooleanQuery.default(false) });

export const CreateOrgBody = z.object({
  kind: OrgKind,
  name: text('机构名称', 100),
  divisionCode: z.string().regex(/^\d{6}(\d{6})?$/, { message: '行政区划代码应为 6 位或 12 位数字' }),
  parentId: Uuid.optional(),
  validFrom: IsoDate.optional(),
});
export type CreateOrgBody = z.infer<typeof CreateOrgBody>;

export const RenameOrgBody = z.object({ name: text('机构名称', 100), effectiveFrom: IsoDate });
export type RenameOrgBody = z.infer<typeof RenameOrgBody>;

export const CloseOrgBody = z.object({ date: IsoDate, reason: text('撤销原因', 200) });
export type CloseOrgBody = z.infer<typeof CloseOrgBody>;

export const MergeOrgBody = z.object({ intoId: Uuid, date: IsoDate });
export type MergeOrgBody = z.infer<typeof MergeOrgBody>;
