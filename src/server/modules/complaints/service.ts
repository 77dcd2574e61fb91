import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  COMPLAINT_ACTIONS, TRACKING_ALPHABET, complaintReplyDueOn, complaintTransition, isReplyOverdue,
  type ComplaintAction, type ComplaintCategory,
} from '../../../core/complaints.js';
import { localDate } from '../../../core/dates.js';
import { countyCodeOfPath, divisionPath, isWithinPath } from '../../../core/divisions.js';
import { can } from '../../../core/roles.js';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import { systemActor, type Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { findDivision } from '../divisions/repo.js';
import { insertNotifications } from '../notifications/repo.js';
import { findUnit } from '../units/repo.js';
import { findUser } from '../users/repo.js';
import * as repo from './repo.js';
import type { Complaint, CreateComplaintBody, ListComplaintsQuery, PublicComplaintBody, PublicComplaintStatus } from './schemas.js';

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

export function toComplaint(row: repo.ComplaintRow, today: string): Complaint {
  return {
    id: row.id, trackingCode: row.tracking_code, channel: row.channel, countyCode: row.county_code, divisionCode: row.division_code,
    divisionName: row.division_name, category: row.category as ComplaintCategory, subject: row.subject, content: row.content,
    location: row.location, unitId: row.unit_id, unitName: row.unit_name, anonymous: row.anonymous, reporterName: row.reporter_name,
    reporterPhone: row.reporter_phone, status: row.status, assigneeId: row.assignee_id, assigneeName: row.assignee_name,
    receivedAt: iso(row.received_at)!, replyDueOn: row.reply_due_on,
    overdue: isReplyOverdue(row.reply_due_on, row.replied_at ? new Date(row.replied_at) : null, today),
    reply: row.reply, repliedAt: iso(row.replied_at), closedAt: iso(row.closed_at),
  };
}

/** The audit trail keeps what happened, not the reporter's phone number. */
const forAudit = (c: Complaint) => ({ ...c, reporterPhone: c.reporterPhone ? '***' : null });

function newTrackingCode(): string {
  let code = 'TS';
  for (let i = 0; i < 10; i++) code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return code;
}

export interface ComplaintServiceDeps {
  db: Kysely<DB>;
  config: { complaintReplyDays: number };
  clock?: () => Date;
}

export function createComplaintService({ db, config, clock = () => new Date() }: ComplaintServiceDeps) {
  const today = () => localDate(clock());

  function require(actor: Actor, permission: 'complaints.read' | 'complaints.handle') {
    if (!can(actor.role, permission)) throw new ForbiddenError();
  }

  async function requireComplaint(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findComplaint(tx, actor.path, id);
    if (!row) throw new NotFoundError('投诉举报');
    return row;
  }

  /** The county that handles a complaint about a county or one of its townships. */
  async function handlingCounty(tx: Executor, scopePath: string, code: string) {
    const division = await findDivision(tx, scopePath, code);
    const countyCode = division && (division.level === 'county' || division.level === 'township') ? countyCodeOfPath(division.path) : null;
    if (!division || !countyCode) throw ValidationError.field('divisionCode', '请选择被投诉事项所在的县（区）或乡镇（街道）');
    return { divisionCode: division.code, countyCode, path: divisionPath(countyCode) };
  }

  /** The assignee hears of it at once: the reply clock is already running. */
  async function notifyAssignee(tx: Executor, complaint: Complaint, at: Date) {
    await insertNotifications(tx, [{
      user_id: complaint.assigneeId!, kind: 'complaint_assigned', title: `投诉举报 ${complaint.trackingCode} 已分派给您，请于 ${complaint.replyDueOn} 前答复`,
      body: complaint.subject, link: `/complaints?open=${complaint.id}`, dedupe_key: `complaint_assigned:${complaint.id}:${at.getTime()}`,
    }]);
  }

  async function insert(tx: Executor, actor: Actor, input: PublicComplaintBody & { channel: Complaint['channel']; unitId?: string | undefined }, scopePath: string) {
    const county = await handlingCounty(tx, scopePath, input.divisionCode);
    if (!isWithinPath(county.path, actor.path)) throw ValidationError.field('divisionCode', '该县（区）不在您的管辖范围内');
    if (input.unitId && !(await findUnit(tx, county.path, input.unitId))) throw ValidationError.field('unitId', '单位不存在或不在该县（区）');
    let trackingCode = newTrackingCode();
    while (await repo.trackingCodeTaken(tx, trackingCode)) trackingCode = newTrackingCode();
    const receivedAt = clock();
    const id = await repo.insertComplaint(tx, {
      tracking_code: trackingCode, channel: input.channel, county_code: county.countyCode, path: county.path, division_code: county.divisionCode,
      category: input.category, subject: input.subject, content: input.content, location: input.location ?? null, unit_id: input.unitId ?? null,
      anonymous: input.anonymous, reporter_name: input.anonymous ? null : (input.reporterName ?? null),
      reporter_phone: input.anonymous ? null : (input.reporterPhone ?? null),
      received_at: receivedAt, reply_due_on: complaintReplyDueOn(receivedAt, config.complaintReplyDays), created_by: actor.userId || null,
    });
    const complaint = toComplaint((await repo.findComplaint(tx, county.path, id))!, today());
    await audit(tx, actor, { action: 'create', entityType: 'complaint', entityId: id, path: county.path, summary: `投诉举报：${input.subject}`, after: forAudit(complaint) });
    return complaint;
  }

  return {
    /** The public web form: no sign-in; answers only with the tracking code and the due date. */
    async submitPublic(input: PublicComplaintBody, ip: string | null) {
      const actor: Actor = { ...systemActor('public'), ip };
      const complaint = await db.transaction().execute((tx) => insert(tx, actor, { ...input, channel: 'web' }, '/'));
      return { trackingCode: complaint.trackingCode, replyDueOn: complaint.replyDueOn };
    },

    async lookupPublic(trackingCode: string): Promise<PublicComplaintStatus> {
      const row = await repo.findPublicComplaint(db, trackingCode);
      if (!row) throw new NotFoundError('该查询码对应的投诉举报');
      return {
        trackingCode: row.tracking_code, status: row.status, receivedOn: localDate(new Date(row.received_at)), replyDueOn: row.reply_due_on,
        reply: row.reply, repliedOn: row.replied_at ? localDate(new Date(row.replied_at)) : null,
      };
    },

    async create(actor: Actor, input: CreateComplaintBody): Promise<Complaint> {
      require(actor, 'complaints.handle');
      return db.transaction().execute((tx) => insert(tx, actor, input, actor.path));
    },

    async list(actor: Actor, query: ListComplaintsQuery) {
      require(actor, 'complaints.read');
      const { page, pageSize, ...filter } = query;
      const now = today();
      const result = await repo.listComplaints(db, actor.path, filter, now, { offset: (page - 1) * pageSize, limit: pageSize });
      return { items: result.items.map((row) => toComplaint(row, now)), total: result.total };
    },

    async get(actor: Actor, id: string): Promise<Complaint> {
      require(actor, 'complaints.read');
      return toComplaint(await requireComplaint(db, actor, id), today());
    },

    /** assign → investigate → reply → close, each audited with the record before and after. */
    async handle(actor: Actor, id: string, action: ComplaintAction, input: { assigneeId?: string; reply?: string } = {}): Promise<Complaint> {
      require(actor, 'complaints.handle');
      return db.transaction().execute(async (tx) => {
        const beforeRow = await requireComplaint(tx, actor, id);
        const step = complaintTransition(beforeRow.status, action);
        if ('problem' in step) throw new ConflictError(step.problem);
        const now = clock();
        if (action === 'assign') {
          const assignee = input.assigneeId ? await findUser(tx, beforeRow.path, input.assigneeId) : undefined;
          if (!assignee || assignee.role !== 'inspector' || !assignee.enabled || !isWithinPath(assignee.org_path, actor.path)) {
            throw ValidationError.field('assigneeId', '承办人应为本辖区在岗的卫生监督员');
          }
        }
        await repo.updateComplaint(tx, id, {
          status: step.to,
          ...(action === 'assign' ? { assignee_id: input.assigneeId! } : {}),
          ...(action === 'reply' ? { reply: input.reply!, replied_at: now } : {}),
          ...(action === 'close' ? { closed_at: now } : {}),
        });
        const before = toComplaint(beforeRow, today());
        const after = toComplaint(await requireComplaint(tx, actor, id), today());
        if (action === 'assign') await notifyAssignee(tx, after, now);
        const label = COMPLAINT_ACTIONS[action].label;
        await audit(tx, actor, { action, entityType: 'complaint', entityId: id, path: beforeRow.path, summary: `投诉举报${label}：${beforeRow.tracking_code}`, before: forAudit(before), after: forAudit(after) });
        return after;
      });
    },
  };
}
export type ComplaintService = ReturnType<typeof createComplaintService>;
