import { daysBetween, submissionDueDate } from '../../../core/periods.js';
import { reportCategoryByCode } from '../../../core/reports.js';
import { latestOverdueMonth } from '../../../core/statistics.js';
import type { Executor } from '../../db/types.js';
import { countsOf, expectedSubmissions, findBuiltInDataSet } from '../submissions/expected.js';
import { listOverdueRectifications, listReportsAwaitingAcceptance, OVERDUE_LIST_LIMIT } from './overdueRepo.js';
import type { Dashboard } from './schemas.js';

const HOUR_MS = 3_600_000;

/**
 * What is late in an area right now, whatever period the dashboard shows: open rectifications past
 * their deadline, stations missing the latest monthly registers whose deadline has passed, and
 * information reports the institute has not accepted yet.
 */
export async function loadOverdue(db: Executor, areaPath: string, now: Date, today: string): Promise<Dashboard['overdue']> {
  const rectifications = await listOverdueRectifications(db, areaPath, today);
  const reports = await listReportsAwaitingAcceptance(db, areaPath);
  return {
    rectifications: {
      total: Number(rectifications[0]?.total ?? 0),
      items: rectifications.map((r) => ({
        id: r.id, unitId: r.unit_id, unitName: r.unit_name, orgName: r.org_name, requiredOn: r.required_on, deadline: r.deadline,
        daysOverdue: daysBetween(r.deadline, today),
      })),
    },
    registers: await missingRegisters(db, areaPath, today),
    reports: {
      total: Number(reports[0]?.total ?? 0),
      items: reports.map((r) => ({
        id: r.id, orgName: r.org_name, category: r.category, categoryLabel: reportCategoryByCode(r.category)?.zh ?? r.category,
        content: r.content, reportedAt: new Date(r.reported_at).toISOString(),
        hoursWaiting: Math.max(0, Math.floor((now.getTime() - new Date(r.reported_at).getTime()) / HOUR_MS)),
      })),
    },
  };
}

/** Stations that have not sent (or were sent back and have not re-sent) the latest overdue month's registers. */
async function missingRegisters(db: Executor, areaPath: string, today: string): Promise<Dashboard['overdue']['registers']> {
  const dataSet = await findBuiltInDataSet(db, 'registers');
  const month = latestOverdueMonth(today, dataSet.deadline_days);
  const missing = (await expectedSubmissions(db, areaPath, dataSet, month)).filter((e) => {
    const counts = countsOf(e);
    return counts.missing + counts.returned > 0;
  });
  return {
    month: month.key, dueDate: submissionDueDate(month, dataSet.deadline_days), total: missing.length,
    items: missing.slice(0, OVERDUE_LIST_LIMIT).map((e) => ({ orgId: e.orgId, orgName: e.orgName, status: e.status })),
  };
}
