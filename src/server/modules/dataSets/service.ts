import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { DATA_SET_TEMPLATES, describeTarget, targetProblem, type DataSetTemplate } from '../../../core/dataSets.js';
import { localDate } from '../../../core/dates.js';
import { can } from '../../../core/roles.js';
import type { DB, DataSetFieldTable } from '../../db/schema.js';
import { numericOrNull, type Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import * as repo from './repo.js';
import type { CreateDataSetBody, DataSet, DataSetField, DataSetFieldInput, DataSetWithFields, UpdateDataSetBody } from './schemas.js';

/** Codes of the built-in data sets: a custom one by the same code would read as the official one. */
const RESERVED_CODES = new Set(['registers', 'quarterly-summary']);

export function toDataSet(row: repo.DataSetRow, actor: Actor): DataSet {
  const builtIn = row.kind !== 'custom';
  return {
    id: row.id, code: row.code, name: row.name, kind: row.kind, builtIn, periodType: row.period_type,
    reportingOrgKind: row.reporting_org_kind, deadlineDays: row.deadline_days, path: row.path, description: row.description,
    startsOn: row.starts_on, endsOn: row.ends_on,
    editable: !builtIn && can(actor.role, 'datasets.manage') && row.path.startsWith(actor.path),
  };
}

export function toField(row: repo.FieldRow): DataSetField {
  const target = { kind: row.target_kind, min: numericOrNull(row.target_min), max: numericOrNull(row.target_max) };
  return {
    id: row.id, code: row.code, name: row.name, group: row.group_name, unit: row.unit, decimals: row.decimals, target,
    targetLabel: describeTarget(target, row.unit), hasValues: Boolean(row.has_values),
  };
}

/** Field rules a schema cannot state: unique codes, well-formed targets. Errors name the field, e.g. `fields.2.code`. */
function checkFields(fields: readonly DataSetFieldInput[]): void {
  const seen = new Map<string, number>();
  for (const [index, field] of fields.entries()) {
    const first = seen.get(field.code);
    if (first !== undefined) throw ValidationError.field(`fields.${index}.code`, `字段代码“${field.code}”与第 ${first + 1} 个字段重复`);
    seen.set(field.code, index);
    const problem = targetProblem(field.target);
    if (problem) throw ValidationError.field(`fields.${index}.target`, problem);
  }
}

function fieldRow(dataSetId: string, field: DataSetFieldInput, index: number): Insertable<DataSetFieldTable> {
  return {
    id: field.id ?? randomUUID(), data_set_id: dataSetId, code: field.code, name: field.name, group_name: field.group, unit: field.unit,
    decimals: field.decimals, target_kind: field.target.kind, target_min: field.target.min, target_max: field.target.max, sort_order: index,
  };
}

function checkDates(startsOn: string, endsOn: string | null | undefined): void {
  if (endsOn && endsOn <= startsOn) throw ValidationError.field('endsOn', `停止日期须晚于开始日期 ${startsOn}`);
}

/** A template as the body of a new data set. */
export function templateBody(template: DataSetTemplate, startsOn: string): CreateDataSetBody & { startsOn: string } {
  return {
    code: template.code, name: template.name, description: template.description, periodType: template.periodType,
    reportingOrgKind: template.reportingOrgKind, deadlineDays: template.deadlineDays, startsOn, endsOn: null,
    fields: template.fields.map((f) => ({ code: f.code, name: f.name, group: f.group, unit: f.unit, decimals: f.decimals, target: f.target })),
  };
}

/** Inserts a custom data set owned at `path` (no permission checks: for the service and the demo seed). */
export async function insertCustomDataSet(tx: Executor, path: string, createdBy: string | null, input: CreateDataSetBody & { startsOn: string }): Promise<string> {
  if (await repo.findDataSetByCode(tx, path, input.code)) throw new ConflictError(`本辖区已有代码为“${input.code}”的数据集`);
  const id = await repo.insertDataSet(tx, {
    code: input.code, name: input.name, kind: 'custom', period_type: input.periodType, reporting_org_kind: input.reportingOrgKind,
    deadline_days: input.deadlineDays, path, description: input.description, starts_on: input.startsOn, ends_on: input.endsOn ?? null,
    created_by: createdBy,
  });
  await repo.upsertFields(tx, input.fields.map((f, i) => fieldRow(id, { ...f, id: undefined }, i)));
  return id;
}

export function createDataSetService({ db, clock = () => new Date() }: { db: Kysely<DB>; clock?: () => Date }) {
  const firstOfThisMonth = () => `${localDate(clock()).slice(0, 7)}-01`;

  function requireManage(actor: Actor) {
    if (!can(actor.role, 'datasets.manage')) throw new ForbiddenError();
  }

  async function load(tx: Executor, actor: Actor, id: string): Promise<DataSetWithFields> {
    const row = await repo.findDataSet(tx, actor.path, id);
    if (!row) throw new NotFoundError('数据集');
    return { ...toDataSet(row, actor), fields: (await repo.listFields(tx, [id])).map(toField) };
  }

  async function create(actor: Actor, input: CreateDataSetBody, action = 'create'): Promise<DataSetWithFields> {
    requireManage(actor);
    if (RESERVED_CODES.has(input.code)) throw ValidationError.field('code', `“${input.code}”是内置数据集的代码，请换一个`);
    checkFields(input.fields);
    const startsOn = input.startsOn ?? firstOfThisMonth();
    checkDates(startsOn, input.endsOn);
    return db.transaction().execute(async (tx) => {
      const id = await insertCustomDataSet(tx, actor.path, actor.userId || null, { ...input, startsOn });
      const created = await load(tx, actor, id);
      await audit(tx, actor, { action, entityType: 'data_set', entityId: id, path: actor.path, summary: `新建数据集：${input.name}`, after: created });
      return created;
    });
  }

  /** Field changes that would falsify submitted figures are refused: removing or re-coding a field with values, or changing its decimals. */
  function checkFieldChanges(existing: readonly DataSetField[], next: readonly DataSetFieldInput[]): void {
    const byId = new Map(existing.map((f) => [f.id, f]));
    for (const [index, field] of next.entries()) {
      if (!field.id) continue;
      const before = byId.get(field.id);
      if (!before) throw ValidationError.field(`fields.${index}.id`, '该字段不属于此数据集');
      if (!before.hasValues) continue;
      if (before.code !== field.code) throw new ConflictError(`字段“${before.name}”已有填报数据，不能修改代码`);
      if (before.decimals !== field.decimals) throw new ConflictError(`字段“${before.name}”已有填报数据，不能修改小数位数`);
    }
    const kept = new Set(next.map((f) => f.id).filter(Boolean));
    const removed = existing.find((f) => f.hasValues && !kept.has(f.id));
    if (removed) throw new ConflictError(`字段“${removed.name}”已有填报数据，不能删除`);
  }

  return {
    templates() {
      return { items: DATA_SET_TEMPLATES.map((t) => ({ code: t.code, name: t.name, description: t.description, fieldCount: t.fields.length })) };
    },

    async list(actor: Actor): Promise<{ items: DataSet[] }> {
      return { items: (await repo.listDataSets(db, actor.path)).map((row) => toDataSet(row, actor)) };
    },

    async get(actor: Actor, id: string): Promise<DataSetWithFields> {
      return load(db, actor, id);
    },

    create: (actor: Actor, input: CreateDataSetBody) => create(actor, input),

    /** The notifiable-disease template (or another shipped one) as a data set of the actor's jurisdiction, from this month on. */
    async fromTemplate(actor: Actor, templateCode: string): Promise<DataSetWithFields> {
      const template = DATA_SET_TEMPLATES.find((t) => t.code === templateCode);
      if (!template) throw ValidationError.field('templateCode', `没有代码为“${templateCode}”的模板`);
      return create(actor, templateBody(template, firstOfThisMonth()), 'create_from_template');
    },

    async update(actor: Actor, id: string, input: UpdateDataSetBody): Promise<DataSetWithFields> {
      requireManage(actor);
      if (input.fields) checkFields(input.fields);
      return db.transaction().execute(async (tx) => {
        const before = await load(tx, actor, id);
        if (before.builtIn) throw new ForbiddenError('内置数据集不能修改');
        if (!before.editable) throw new ForbiddenError('只能修改本辖区建立的数据集');
        if (input.endsOn !== undefined) checkDates(before.startsOn, input.endsOn);
        await repo.updateDataSet(tx, id, {
          name: input.name, description: input.description, deadline_days: input.deadlineDays, ends_on: input.endsOn, updated_at: clock(),
        });
        if (input.fields) {
          checkFieldChanges(before.fields, input.fields);
          await repo.deleteFieldsWithoutValues(tx, id);
          await repo.upsertFields(tx, input.fields.map((f, i) => fieldRow(id, f, i)));
        }
        const after = await load(tx, actor, id);
        await audit(tx, actor, { action: 'update', entityType: 'data_set', entityId: id, path: before.path, summary: `修改数据集：${after.name}`, before, after });
        return after;
      });
    },
  };
}
export type DataSetService = ReturnType<typeof createDataSetService>;
