import { z } from 'zod';
import { IsoDate, Pagination, RateSchema, text, Uuid } from '../../schemas.js';

export const PATROL_OUTCOMES = ['no_problem', 'advised', 'rectification', 'referred'] as const;
export const RECTIFICATION_STATUSES = ['open', 'closed', 'escalated'] as const;

const ChecklistEntry = z.object({
  code: z.string().trim().min(1).max(64),
  result: z.enum(['ok', 'problem', 'na'], { message: '检查结果应为 ok、problem 或 na' }),
  note: z.string().trim().max(200).optional(),
});

export const CreatePatrolBody = z.object({
  clientId: Uuid.optional().describe('设备生成的 UUID：重发同一请求不会重复登记'),
  unitId: Uuid,
  patrolledOn: IsoDate,
  locationContent: text('巡查地点与内容', 300),
  problems: z.string().trim().max(1000, { message: '发现的主要问题不能超过 1000 个字' }).default(''),
  remark: z.string().trim().max(300).optional(),
  coPatrollers: z.string().trim().max(100).optional(),
  checklist: z.array(ChecklistEntry).max(50).default([]),
  outcome: z.enum(PATROL_OUTCOMES, { message: '处理结果不正确' }),
  rectificationDeadline: IsoDate.optional(),
  rectificationId: Uuid.optional().describe('本次为该整改的复查'),
  latitude: z.number().min(3).max(54).optional(),
  longitude: z.number().min(73).max(136).optional(),
  capturedAt: z.iso.datetime({ offset: true, message: '应为 ISO 时间' }).optional(),
});
export type CreatePatrolBody = z.infer<typeof CreatePatrolBody>;

export const Photo = z.object({ id: z.string(), sha256: z.string(), contentType: z.string(), size: z.number() });

export const Patrol = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  unitCategory: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  patrolledOn: z.string(),
  locationContent: z.string(),
  problems: z.string(),
  remark: z.string().nullable(),
  patrollerId: z.string(),
  patrollerName: z.string(),
  coPatrollers: z.string().nullable(),
  checklist: z.array(ChecklistEntry),
  outcome: z.enum(PATROL_OUTCOMES),
  rectificationId: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  capturedAt: z.string().nullable(),
  receivedAt: z.string(),
  /** Captured on the device on one day and received by the server on a later one. */
  syncedLate: z.boolean(),
  photos: z.array(Photo),
});
export type Patrol = z.infer<typeof Patrol>;

export const ListPatrolsQuery = z.object({
  unitId: Uuid.optional(),
  orgId: Uuid.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  outcome: z.enum(PATROL_OUTCOMES).optional(),
  ...Pagination,
});
export type ListPatrolsQuery = z.infer<typeof ListPatrolsQuery>;

export const Rectification = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  patrolId: z.string(),
  problems: z.string(),
  requiredOn: z.string(),
  deadline: z.string(),
  status: z.enum(RECTIFICATION_STATUSES),
  overdue: z.boolean(),
  closedOn: z.string().nullable(),
  closingPatrolId: z.string().nullable(),
  escalatedOn: z.string().nullable(),
  escalationReason: z.string().nullable(),
  caseNo: z.string().nullable().describe('监督所据此立案的案件编号'),
});
export type Rectification = z.infer<typeof Rectification>;

export const ListRectificationsQuery = z.object({
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  unitId: Uuid.optional(),
  ...Pagination,
});
export type ListRectificationsQuery = z.infer<typeof ListRectificationsQuery>;

export const EscalateBody = z.object({ reason: text('上报原因', 300) });

export const QuarterQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(1).max(4),
});

export const CoverageResponse = z.object({
  period: z.object({ year: z.number(), quarter: z.number(), start: z.string(), end: z.string() }),
  items: z.array(
    z.object({
      orgId: z.string(),
      orgName: z.string(),
      activeUnits: z.number(),
      unitsPatrolled: z.number(),
      rate: RateSchema,
    }),
  ),
});

export const UnpatrolledQuery = QuarterQuery.extend({ orgId: Uuid.optional(), ...Pagination });
export const UnpatrolledUnit = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  subCategory: z.string(),
  address: z.string(),
  orgName: z.string(),
  lastPatrolledOn: z.string().nullable(),
});
