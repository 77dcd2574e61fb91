import type { ColumnType, Generated } from 'kysely';
import type { CaseArea, CaseSource, CaseStatus, DiscretionLevel, DocumentKind, PenaltyType } from '../../core/cases.js';
import type { DivisionLevel } from '../../core/divisions.js';
import type { OrgKind, OrgStatus } from '../../core/orgs.js';
import type { TargetKind } from '../../core/dataSets.js';
import type { Grade } from '../../core/grading.js';
import type { AppealStatus, GradingStatus } from '../../core/gradingWorkflow.js';
import type { InspectionResult, InspectionSource, OrderStatus } from '../../core/inspections.js';
import type { LicensingStatus } from '../../core/licensing.js';
import type { PlanStatus, TaskResult } from '../../core/randomInspections.js';
import type { Role } from '../../core/roles.js';
import type { SubmissionStatus } from '../../core/submissions.js';

/** A `date` column, kept as 'YYYY-MM-DD' text on both sides (see connection.ts type parsers). */
type DateOnly = string;

export interface DivisionTable {
  code: string;
  name: string;
  level: DivisionLevel;
  parent_code: string | null;
  /** '/320000/321200/321281/' — every ancestor's code and its own; the scope key. */
  path: string;
}

export interface OrgTable {
  id: Generated<string>;
  kind: OrgKind;
  /** Current name; the dated history is in org_names. */
  name: string;
  division_code: string;
  /** Copy of the division's path, so scoping needs no join. */
  path: string;
  /** County-level division code (null above county level): the data-scope and distribution key. */
  county_code: string | null;
  parent_id: string | null;
  status: OrgStatus;
  valid_from: DateOnly;
  /** First day the org no longer exists (exclusive end); null while in use. */
  valid_to: DateOnly | null;
  merged_into_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OrgNameTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  valid_from: DateOnly;
  /** Exclusive end; null for the current name. */
  valid_to: DateOnly | null;
}

export interface UserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  role: Role;
  org_id: string;
  phone: string | null;
  password_hash: string;
  enabled: Generated<boolean>;
  must_change_password: Generated<boolean>;
  /** 协管员证 number and expiry (assistants and station heads). */
  certificate_no: string | null;
  certificate_expires_on: DateOnly | null;
  last_login_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SessionTable {
  /** sha256 of the cookie token: a stolen table cannot be replayed as cookies. */
  id: string;
  user_id: string;
  created_at: Generated<Date>;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptTable {
  id: Generated<string>;
  username: string;
  ip: string | null;
  at: Generated<Date>;
  success: boolean;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Generated<Date>;
  actor_id: string | null;
  actor_username: string;
  action: string;
  entity_type: string;
  entity_id: string;
  /** Org path of the record, so the log is scoped like the record itself. */
  path: string;
  summary: string;
  before: unknown | null;
  after: unknown | null;
  ip: string | null;
}

export interface UnitTable {
  id: Generated<string>;
  client_id: string | null;
  name: string;
  credit_code: string | null;
  category: string;
  sub_category: string;
  address: string;
  township_code: string;
  village_code: string | null;
  org_id: string;
  path: string;
  county_code: string;
  /** numeric: read as text to keep every digit. */
  latitude: Numeric;
  longitude: Numeric;
  person_in_charge: string | null;
  phone: string | null;
  licence_type: string | null;
  licence_no: string | null;
  licence_issued_on: DateOnly | null;
  licence_expires_on: DateOnly | null;
  employees: number | null;
  employees_certified: number | null;
  status: Generated<'operating' | 'suspended' | 'closed'>;
  hygiene_grade: 'A' | 'B' | 'C' | null;
  risk_level: 'low' | 'medium' | 'high' | null;
  closed_on: DateOnly | null;
  created_by: string | null;
  updated_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

type Numeric = ColumnType<string | null, number | null, number | null>;

export type PatrolOutcome = 'no_problem' | 'advised' | 'rectification' | 'referred';
export interface ChecklistResult {
  code: string;
  result: 'ok' | 'problem' | 'na';
  note?: string | undefined;
}

export interface PatrolTable {
  id: Generated<string>;
  client_id: string | null;
  unit_id: string;
  org_id: string;
  path: string;
  county_code: string;
  patrolled_on: DateOnly;
  location_content: string;
  problems: Generated<string>;
  remark: string | null;
  patroller_id: string;
  patroller_name: string;
  co_patrollers: string | null;
  checklist: ColumnType<ChecklistResult[], string, string>;
  outcome: PatrolOutcome;
  rectification_id: string | null;
  /** The deadline this patrol ordered (outcome rectification), kept even when a re-inspection extends it. */
  rectification_deadline: DateOnly | null;
  latitude: Numeric;
  longitude: Numeric;
  captured_at: Date | null;
  received_at: Generated<Date>;
}

export interface PatrolPhotoTable {
  id: Generated<string>;
  patrol_id: string;
  sha256: string;
  content_type: string;
  size: number;
  data: Buffer;
  created_at: Generated<Date>;
}

export type RectificationStatus = 'open' | 'closed' | 'escalated';
export interface RectificationTable {
  id: Generated<string>;
  unit_id: string;
  patrol_id: string;
  org_id: string;
  path: string;
  county_code: string;
  problems: string;
  required_on: DateOnly;
  deadline: DateOnly;
  status: RectificationStatus;
  closed_on: DateOnly | null;
  closing_patrol_id: string | null;
  escalated_on: DateOnly | null;
  escalation_reason: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type ReportStatus = 'submitted' | 'accepted' | 'verifying' | 'closed';
export interface ReportTable {
  id: Generated<string>;
  client_id: string | null;
  org_id: string;
  path: string;
  county_code: string;
  category: string;
  sub_category: string | null;
  content: string;
  location: string | null;
  unit_id: string | null;
  found_at: Date;
  reported_at: Date;
  deadline_at: Date;
  on_time: boolean;
  reporter_id: string;
  reporter_name: string;
  status: Generated<ReportStatus>;
  accepted_at: Date | null;
  accepted_by: string | null;
  result: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  received_at: Generated<Date>;
}

export interface MissedReportTable {
  id: Generated<string>;
  org_id: string;
  path: string;
  county_code: string;
  category: string;
  found_at: Date;
  source: 'complaint' | 'inspection' | 'agency' | 'other';
  description: string;
  marked_by: string;
  created_at: Generated<Date>;
}

export interface ComplaintTable {
  id: Generated<string>;
  tracking_code: string;
  channel: 'web' | 'hotline' | 'letter' | 'visit' | 'transfer';
  county_code: string;
  path: string;
  division_code: string;
  category: string;
  subject: string;
  content: string;
  location: string | null;
  unit_id: string | null;
  anonymous: boolean;
  reporter_name: string | null;
  reporter_phone: string | null;
  status: Generated<'received' | 'assigned' | 'investigating' | 'replied' | 'closed'>;
  assignee_id: string | null;
  received_at: Date;
  reply_due_on: DateOnly;
  reply: string | null;
  replied_at: Date | null;
  closed_at: Date | null;
  created_by: string | null;
}

export type LicenceApplicationKind = 'new' | 'renewal' | 'change' | 'cancellation';

export interface LicenceApplicationTable {
  id: Generated<string>;
  application_no: string;
  county_code: string;
  path: string;
  unit_id: string | null;
  applicant_name: string;
  applicant_phone: string | null;
  licence_type: string;
  kind: LicenceApplicationKind;
  status: Generated<LicensingStatus>;
  accepted_on: DateOnly;
  /** licensingDeadline(accepted_on, …) on the day of 受理, kept: what the 受理通知书 promised. */
  due_on: DateOnly;
  /** Day of the decision (issued, cancelled or refused); null while open or when withdrawn. */
  decided_on: DateOnly | null;
  refusal_reason: string | null;
  /** The number issued (新办), or the licence the application is about (延续、变更、注销). */
  licence_no: string | null;
  issued_on: DateOnly | null;
  expires_on: DateOnly | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface GradingTable {
  id: Generated<string>;
  unit_id: string;
  county_code: string;
  path: string;
  category: string;
  inspected_on: DateOnly;
  grader_id: string;
  second_grader_id: string | null;
  /** Points per checklist item code, null for an item that does not apply. */
  score_sheet: ColumnType<Record<string, number | null>, string, string>;
  /** numeric(4,1), read as text. */
  total: ColumnType<string, number, number>;
  grade: Grade;
  /** The checklist item that lowered the grade below what the total gave. */
  capped_by: string | null;
  status: Generated<GradingStatus>;
  /** The notice (公示) date. */
  published_on: DateOnly | null;
  superseded_on: DateOnly | null;
  reply: string | null;
  replied_on: DateOnly | null;
  appeal_status: AppealStatus | null;
  appealed_on: DateOnly | null;
  appeal_grounds: string | null;
  appeal_decided_by: string | null;
  appeal_decided_on: DateOnly | null;
  appeal_note: string | null;
  regrade_requested_on: DateOnly | null;
  regrade_reason: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type DataSetKind = 'registers' | 'quarterly_summary' | 'custom';

export interface DataSetTable {
  id: Generated<string>;
  code: string;
  name: string;
  kind: DataSetKind;
  period_type: 'month' | 'quarter';
  reporting_org_kind: OrgKind;
  /** Days after the period's last day; the due date itself is included. */
  deadline_days: number;
  /** Owner's division path; orgs of the reporting kind inside it must report. '/' is everywhere. */
  path: string;
  description: Generated<string>;
  starts_on: DateOnly;
  /** Exclusive; null while in use. */
  ends_on: DateOnly | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DataSetFieldTable {
  id: Generated<string>;
  data_set_id: string;
  code: string;
  name: string;
  group_name: Generated<string>;
  unit: string;
  decimals: Generated<number>;
  target_kind: Generated<TargetKind>;
  /** numeric, read as text (see numericOrNull). */
  target_min: ColumnType<string | null, number | string | null, number | string | null>;
  target_max: ColumnType<string | null, number | string | null, number | string | null>;
  sort_order: number;
}

export interface SubmissionTable {
  id: Generated<string>;
  data_set_id: string;
  org_id: string;
  path: string;
  county_code: string | null;
  /** A period key: '2026-03', '2026Q1' (core/periods). */
  period: string;
  period_start: DateOnly;
  period_end: DateOnly;
  due_date: DateOnly;
  status: SubmissionStatus;
  first_submitted_at: Date | null;
  submitted_at: Date | null;
  submitted_by: string | null;
  on_time: boolean | null;
  narrative: string | null;
  snapshot: ColumnType<unknown, string | null, string | null>;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  reviewer_path: string | null;
  review_comment: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DataValueTable {
  submission_id: string;
  field_id: string;
  value: ColumnType<string, number | string, number | string>;
}

export interface NotificationTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: Generated<string>;
  link: string | null;
  dedupe_key: string;
  created_at: Generated<Date>;
  read_at: Date | null;
}

export interface RandomInspectionItemTable {
  id: Generated<string>;
  org_id: string;
  path: string;
  name: string;
  legal_basis: string;
  /** Unit category codes (core/unitCategories). */
  categories: ColumnType<string[], string, string>;
  /** numeric(5,2) percentage, read as text. */
  ratio: ColumnType<string, number, number>;
  frequency: string;
  method: string;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** What a commit freezes; the public draw record is made from it. */
export interface FrozenDraw {
  candidates: { id: string; name: string }[];
  /** Pool members with the public code the draw uses for them. */
  pool: { code: string; userId: string; name: string }[];
  /** [inspector code, unit id]. */
  conflicts: [string, string][];
  unitCount: number;
  inspectorsPerUnit: number;
  recentDays: number;
  excludedRecent: number;
}

export interface RandomInspectionPlanTable {
  id: Generated<string>;
  item_id: string;
  county_code: string;
  path: string;
  title: string;
  year: number;
  batch: number;
  window_start: DateOnly;
  window_end: DateOnly;
  unit_count: number | null;
  inspectors_per_unit: Generated<number>;
  status: Generated<PlanStatus>;
  seed: string | null;
  commitment: string | null;
  frozen: ColumnType<FrozenDraw | null, string | null, string | null>;
  committed_at: Date | null;
  drawn_at: Date | null;
  drawn_on: DateOnly | null;
  published_at: Date | null;
  cancel_reason: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** A person named on an inspection or a case, as they were named that day. */
export interface NamedPerson {
  id: string;
  name: string;
}

export interface InspectionTable {
  id: Generated<string>;
  unit_id: string;
  county_code: string;
  path: string;
  inspected_on: DateOnly;
  inspectors: ColumnType<NamedPerson[], string, string>;
  inspector_count: number;
  source: InspectionSource;
  source_id: string | null;
  findings: Generated<string>;
  result: InspectionResult;
  deadline: DateOnly | null;
  follow_up_of: string | null;
  order_status: OrderStatus | null;
  order_deadline: DateOnly | null;
  order_closed_on: DateOnly | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RandomInspectionTaskTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  unit_id: string;
  inspector_codes: ColumnType<string[], string, string>;
  result: TaskResult | null;
  result_on: DateOnly | null;
  summary: string | null;
  recorded_by: string | null;
  recorded_at: Date | null;
}

export interface InspectorConflictTable {
  id: Generated<string>;
  inspector_id: string;
  unit_id: string;
  path: string;
  reason: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface CaseTable {
  id: Generated<string>;
  case_no: string;
  county_code: string;
  year: number;
  seq: number;
  path: string;
  unit_id: string | null;
  party_name: string;
  area: CaseArea;
  cause: string;
  source: CaseSource;
  source_id: string | null;
  handlers: ColumnType<NamedPerson[], string, string>;
  status: Generated<CaseStatus>;
  filed_on: DateOnly;
  investigated_on: DateOnly | null;
  decided_on: DateOnly | null;
  penalty_types: ColumnType<PenaltyType[] | null, string | null, string | null>;
  fine_amount: Numeric;
  confiscation_amount: Numeric;
  violation_basis: string | null;
  penalty_basis: string | null;
  discretion: DiscretionLevel | null;
  executed_on: DateOnly | null;
  amount_paid: Numeric;
  closed_on: DateOnly | null;
  closing_summary: string | null;
  dismissed_on: DateOnly | null;
  dismissal_reason: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CaseDocumentTable {
  id: Generated<string>;
  case_id: string;
  kind: DocumentKind;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  data: Buffer;
  uploaded_by: string | null;
  created_at: Generated<Date>;
}

export interface DB {
  divisions: DivisionTable;
  orgs: OrgTable;
  org_names: OrgNameTable;
  users: UserTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  audit_log: AuditLogTable;
  units: UnitTable;
  patrols: PatrolTable;
  patrol_photos: PatrolPhotoTable;
  rectifications: RectificationTable;
  reports: ReportTable;
  missed_reports: MissedReportTable;
  complaints: ComplaintTable;
  licence_applications: LicenceApplicationTable;
  gradings: GradingTable;
  data_sets: DataSetTable;
  data_set_fields: DataSetFieldTable;
  submissions: SubmissionTable;
  data_values: DataValueTable;
  notifications: NotificationTable;
  random_inspection_items: RandomInspectionItemTable;
  random_inspection_plans: RandomInspectionPlanTable;
  random_inspection_tasks: RandomInspectionTaskTable;
  inspector_conflicts: InspectorConflictTable;
  inspections: InspectionTable;
  cases: CaseTable;
  case_documents: CaseDocumentTable;
}
