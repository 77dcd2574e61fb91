import dayjs, { type Dayjs } from 'dayjs';
import { normalizeCreditCode } from '../../core/creditCode.js';
import type { UnitCategoryCode } from '../../core/unitCategories.js';
import { ApiError, isApiError } from '../api/client';
import { DATE_FORMAT, toDateString } from '../shared/dates';
import type { RiskLevel, Unit, UnitFields, UpdateUnitBody } from './api';
import { placementOf, placementPath } from './components/PlacementCascader';

/** What the unit form holds: dates as Dayjs, township and village as one cascader path. */
export interface UnitFormValues {
  name: string;
  creditCode?: string;
  category?: UnitCategoryCode;
  subCategory?: string;
  placement?: string[];
  address: string;
  latitude?: number | null;
  longitude?: number | null;
  personInCharge?: string;
  phone?: string;
  licenceType?: string;
  licenceNo?: string;
  licenceIssuedOn?: Dayjs | null;
  licenceExpiresOn?: Dayjs | null;
  employees?: number | null;
  employeesCertified?: number | null;
  riskLevel?: RiskLevel | null;
  status?: 'operating' | 'suspended';
}

export const PHONE_PATTERN = /^[0-9+\-() ]{5,20}$/;

const textOrNull = (value: string | undefined | null): string | null => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
};
const dateOrNull = (value: Dayjs | null | undefined): string | null => (value ? toDateString(value) : null);
const numberOrNull = (value: number | null | undefined): number | null => (typeof value === 'number' ? value : null);

/** The form's values as the API's fields (the form has already checked the required ones). */
export function toUnitFields(values: UnitFormValues): UnitFields {
  const { townshipCode, villageCode } = placementOf(values.placement);
  const creditCode = textOrNull(values.creditCode);
  return {
    name: values.name.trim(),
    creditCode: creditCode === null ? null : normalizeCreditCode(creditCode),
    category: values.category!,
    subCategory: values.subCategory!,
    address: values.address.trim(),
    townshipCode: townshipCode!,
    villageCode: villageCode ?? null,
    latitude: numberOrNull(values.latitude),
    longitude: numberOrNull(values.longitude),
    personInCharge: textOrNull(values.personInCharge),
    phone: textOrNull(values.phone),
    licenceType: textOrNull(values.licenceType),
    licenceNo: textOrNull(values.licenceNo),
    licenceIssuedOn: dateOrNull(values.licenceIssuedOn),
    licenceExpiresOn: dateOrNull(values.licenceExpiresOn),
    employees: numberOrNull(values.employees),
    employeesCertified: numberOrNull(values.employeesCertified),
    riskLevel: values.riskLevel ?? null,
  };
}

/** A new unit: empty fields are left out rather than sent as null. */
export function toCreateFields(values: UnitFormValues): UnitFields {
  const fields = toUnitFields(values);
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as unknown as UnitFields;
}

/** Only what changed, so an edit's audit entry shows the real change. */
export function unitChanges(unit: Unit, values: UnitFormValues): UpdateUnitBody {
  const fields = toUnitFields(values);
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== unit[key as keyof Unit]) changes[key] = value;
  }
  if (values.status && values.status !== unit.status) changes.status = values.status;
  return changes as UpdateUnitBody;
}

export function unitFormValues(unit: Unit, scopeCode: string): UnitFormValues {
  const date = (value: string | null) => (value ? dayjs(value, DATE_FORMAT) : null);
  return {
    name: unit.name,
    creditCode: unit.creditCode ?? '',
    category: unit.category as UnitCategoryCode,
    subCategory: unit.subCategory,
    placement: placementPath(scopeCode, unit.townshipCode, unit.villageCode),
    address: unit.address,
    latitude: unit.latitude,
    longitude: unit.longitude,
    personInCharge: unit.personInCharge ?? '',
    phone: unit.phone ?? '',
    licenceType: unit.licenceType ?? '',
    licenceNo: unit.licenceNo ?? '',
    licenceIssuedOn: date(unit.licenceIssuedOn),
    licenceExpiresOn: date(unit.licenceExpiresOn),
    employees: unit.employees,
    employeesCertified: unit.employeesCertified,
    riskLevel: unit.riskLevel,
    status: unit.status === 'suspended' ? 'suspended' : 'operating',
  };
}

/** The server names the township and village apart; the form holds them in one cascader. */
export function withFormFieldNames(error: unknown): unknown {
  if (!isApiError(error) || error.fields.length === 0) return error;
  const rename: Record<string, string> = { townshipCode: 'placement', villageCode: 'placement' };
  const fields = error.fields.map((field) => ({ ...field, path: rename[field.path] ?? field.path }));
  return new ApiError(error.status, error.code, error.message, fields);
}
