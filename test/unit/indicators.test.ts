import { describe, expect, it } from 'vitest';
import {
  filingRate,
  formatRate,
  informationReportingRate,
  isUnitFileComplete,
  patrolCoverageRate,
  quarterOf,
  quarterRange,
  rate,
  rectificationCompletionRate,
  timelyReportingRate,
  unitFileGaps,
  type Quarter,
  type UnitFileFields,
} from '../../src/core/indicators.js';

describe('rate', () => {
  it('keeps numerator, denominator and unit beside the unrounded value', () => {
    expect(rate(37, 40, '%')).toEqual({ numerator: 37, denominator: 40, unit: '%', value: 92.5 });
    // 106 / 128 = 53 / 64 = 0.828125
    expect(rate(106, 128, '%').value).toBe(82.8125);
    // 5 · 1000 / 1400 = 3.5714…
    expect(rate(5, 1400, '‰').value).toBeCloseTo(3.571429, 6);
    // 17 · 100 000 / 137 800 = 12.3367…
    expect(rate(17, 137_800, '/10万').value).toBeCloseTo(12.33672, 6);
  });

  it('has no value, not NaN or Infinity, when the denominator is 0', () => {
    expect(rate(0, 0, '%')).toEqual({ numerator: 0, denominator: 0, unit: '%', value: null });
    expect(rate(5, 0, '‰').value).toBeNull();
  });

  it('is 0 when nothing of a non-empty whole was done', () => {
    expect(rate(0, 5, '%').value).toBe(0);
  });

  it('lets a numerator exceed the denominator (task counts reach 115%)', () => {
    expect(rate(115, 100, '%').value).toBe(115);
  });

  it.each([
    [-1, 5],
    [1.5, 3],
    [Number.NaN, 1],
    [1, Number.POSITIVE_INFINITY],
    [1, -2],
  ])('refuses counts %s / %s', (numerator, denominator) => {
    expect(() => rate(numerator, denominator, '%')).toThrow(RangeError);
  });
});

describe('formatRate', () => {
  it.each([
    [37, 40, '%', '92.50%'],
    [0, 5, '%', '0.00%'],
    [40, 40, '%', '100.00%'],
    [115, 100, '%', '115.00%'],
    [1, 3, '%', '33.33%'],
    [2, 3, '%', '66.67%'],
    // DESIGN §9: 2627 of 2792 → 0.940902… (2792 · 0.94 = 2624.48, remainder 2.52 / 2792 = 0.000902)
    [2627, 2792, '%', '94.09%'],
    // DESIGN §2: 1273 of 1318 township centres → 0.965857…
    [1273, 1318, '%', '96.59%'],
    [106, 128, '%', '82.81%'],
    [5, 1400, '‰', '3.57‰'],
    [17, 137_800, '/10万', '12.34/10万'],
  ] as const)('shows %i of %i in %s as %s', (numerator, denominator, unit, shown) => {
    expect(formatRate(rate(numerator, denominator, unit))).toBe(shown);
  });

  it('rounds an exact half up, also where the floating-point value sits just below it', () => {
    // 1 / 800 = 0.125% exactly → 0.13%; 201 / 20 000 = 1.005% (1.00499999… as a double) → 1.01%
    expect(formatRate(rate(1, 800, '%'))).toBe('0.13%');
    expect(formatRate(rate(201, 20_000, '%'))).toBe('1.01%');
    expect((201 / 20_000 * 100).toFixed(2)).toBe('1.00');
  });

  it('shows a dash, or the given text, when there is nothing to measure', () => {
    expect(formatRate(rate(0, 0, '%'))).toBe('—');
    expect(formatRate(rate(0, 0, '‰'), '无数据')).toBe('无数据');
  });
});

describe('filingRate (建档率)', () => {
  it('is units with a complete file over units known', () => {
    // 148 / 150 = 0.98666…
    const sut = filingRate({ unitsWithCompleteFile: 148, unitsKnown: 150 });
    expect(sut).toMatchObject({ numerator: 148, denominator: 150, unit: '%' });
    expect(formatRate(sut)).toBe('98.67%');
    expect(filingRate({ unitsWithCompleteFile: 0, unitsKnown: 0 }).value).toBeNull();
  });
});

describe('patrolCoverageRate (巡查覆盖率)', () => {
  it('is distinct units patrolled in the quarter over active units', () => {
    // 412 / 430 = 0.958139… (430 · 0.958 = 411.94, remainder 0.06 / 430 = 0.000139)
    const sut = patrolCoverageRate({ unitsPatrolled: 412, activeUnits: 430 });
    expect(sut).toMatchObject({ numerator: 412, denominator: 430 });
    expect(formatRate(sut)).toBe('95.81%');
  });
});

describe('rectificationCompletionRate (整改完成率)', () => {
  it('is rectifications closed over rectifications required', () => {
    // 17 / 19 = 0.894736…
    const sut = rectificationCompletionRate({ rectificationsClosed: 17, rectificationsRequired: 19 });
    expect(sut).toMatchObject({ numerator: 17, denominator: 19 });
    expect(formatRate(sut)).toBe('89.47%');
    expect(rectificationCompletionRate({ rectificationsClosed: 0, rectificationsRequired: 0 }).value).toBeNull();
  });
});

describe('informationReportingRate (信息报告率)', () => {
  it('counts events an inspector marked as unreported in the found denominator', () => {
    // found = 45 reported + 5 marked = 50; 45 / 50 = 90%
    const sut = informationReportingRate({ reported: 45, markedNotReported: 5 });
    expect(sut).toEqual({ numerator: 45, denominator: 50, unit: '%', value: 90 });
    expect(formatRate(sut)).toBe('90.00%');
  });

  it('is 100% when nothing was marked, 0% when only marked events exist, and null when nothing was found', () => {
    expect(informationReportingRate({ reported: 12, markedNotReported: 0 }).value).toBe(100);
    expect(informationReportingRate({ reported: 0, markedNotReported: 3 })).toEqual({ numerator: 0, denominator: 3, unit: '%', value: 0 });
    expect(informationReportingRate({ reported: 0, markedNotReported: 0 }).value).toBeNull();
  });
});

describe('timelyReportingRate (及时报告率)', () => {
  it('is reports within the deadline over reports made', () => {
    const sut = timelyReportingRate({ reportedOnTime: 37, reported: 40 });
    expect(sut).toEqual({ numerator: 37, denominator: 40, unit: '%', value: 92.5 });
    expect(formatRate(sut)).toBe('92.50%');
    expect(formatRate(timelyReportingRate({ reportedOnTime: 0, reported: 0 }))).toBe('—');
  });
});

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', 2026, 1, '2026-01-01', '2026-03-31'],
    ['2026-03-31', 2026, 1, '2026-01-01', '2026-03-31'],
    ['2026-04-01', 2026, 2, '2026-04-01', '2026-06-30'],
    ['2026-06-30', 2026, 2, '2026-04-01', '2026-06-30'],
    ['2026-07-01', 2026, 3, '2026-07-01', '2026-09-30'],
    ['2026-09-30', 2026, 3, '2026-07-01', '2026-09-30'],
    ['2026-10-01', 2026, 4, '2026-10-01', '2026-12-31'],
    ['2025-12-31', 2025, 4, '2025-10-01', '2025-12-31'],
    ['2024-02-29', 2024, 1, '2024-01-01', '2024-03-31'],
  ])('puts %s in %i Q%i (%s – %s)', (date, year, quarter, start, end) => {
    expect(quarterOf(date)).toEqual({ year, quarter, start, end });
  });

  it.each(['2026-02-30', '2026-4-1', '2026-13-01', '', '2026-04-01T00:00:00+08:00'])('refuses %j', (date) => {
    expect(() => quarterOf(date)).toThrow(RangeError);
  });
});

describe('quarterRange', () => {
  it('gives the first and last day of each quarter', () => {
    expect(quarterRange(2026, 1)).toEqual({ year: 2026, quarter: 1, start: '2026-01-01', end: '2026-03-31' });
    expect(quarterRange(2026, 2)).toEqual({ year: 2026, quarter: 2, start: '2026-04-01', end: '2026-06-30' });
    expect(quarterRange(2026, 3)).toEqual({ year: 2026, quarter: 3, start: '2026-07-01', end: '2026-09-30' });
    expect(quarterRange(2026, 4)).toEqual({ year: 2026, quarter: 4, start: '2026-10-01', end: '2026-12-31' });
  });

  it('refuses a quarter outside 1–4 or a year that is not a whole number', () => {
    expect(() => quarterRange(2026, 5 as Quarter)).toThrow(RangeError);
    expect(() => quarterRange(2026, 0 as Quarter)).toThrow(RangeError);
    expect(() => quarterRange(2026.5, 1)).toThrow(RangeError);
  });
});

describe('unitFileGaps and isUnitFileComplete', () => {
  const hotel: UnitFileFields = {
    name: '戴窑镇悦来宾馆',
    category: 'public_place',
    subCategory: 'accommodation',
    address: '戴窑镇人民路 18 号',
    townshipCode: '321281100000',
    personInCharge: '王建国',
    phone: '13812345678',
    licenceNo: '苏卫公证字〔2024〕第 321281-0012 号',
    licenceExpiresOn: '2028-05-31',
  };
  const school: UnitFileFields = {
    name: '戴窑镇中心小学',
    category: 'school',
    subCategory: 'primary_secondary',
    address: '戴窑镇文化路 2 号',
    townshipCode: '321281100000',
    personInCharge: '李红',
    phone: '0523-83561234',
  };

  it('finds nothing missing in a complete file', () => {
    expect(unitFileGaps(hotel)).toEqual([]);
    expect(isUnitFileComplete(hotel)).toBe(true);
  });

  it('wants the licence number and expiry where the sub-category needs a licence', () => {
    expect(unitFileGaps({ ...hotel, licenceNo: null, licenceExpiresOn: undefined })).toEqual(['licenceNo', 'licenceExpiresOn']);
    expect(unitFileGaps({ ...hotel, licenceExpiresOn: '2028/05/31' })).toEqual(['licenceExpiresOn']);
    expect(isUnitFileComplete({ ...hotel, licenceNo: '  ' })).toBe(false);
  });

  it.each([
    ['drinking_water', 'secondary_supply'],
    ['medical', 'village_clinic'],
    ['food', 'catering'],
    ['radiation', 'radiation_user'],
    ['infectious_disease', 'disinfection_products'],
  ])('wants a licence for %s/%s', (category, subCategory) => {
    expect(unitFileGaps({ ...school, category, subCategory })).toEqual(['licenceNo', 'licenceExpiresOn']);
  });

  it.each([
    ['school', 'kindergarten'],
    ['drinking_water', 'water_products'],
    ['occupational', 'hazard_employer'],
    ['infectious_disease', 'tableware_disinfection'],
  ])('needs no licence for %s/%s', (category, subCategory) => {
    expect(isUnitFileComplete({ ...school, category, subCategory })).toBe(true);
  });

  it('keeps a file with an expired licence complete: that is a patrol finding, not a gap', () => {
    expect(isUnitFileComplete({ ...hotel, licenceExpiresOn: '2020-01-31' })).toBe(true);
  });

  it('does not ask for a credit code, village or coordinates', () => {
    expect(isUnitFileComplete(school)).toBe(true);
  });

  it('treats blank text as missing', () => {
    expect(unitFileGaps({ ...school, name: ' ', address: '', personInCharge: '\t', phone: null })).toEqual([
      'name',
      'address',
      'personInCharge',
      'phone',
    ]);
  });

  it('wants a known category and a sub-category of that category', () => {
    expect(unitFileGaps({ ...school, subCategory: 'accommodation' })).toEqual(['subCategory']);
    expect(unitFileGaps({ ...school, category: 'nonsense' })).toEqual(['category', 'subCategory']);
    expect(unitFileGaps({ ...school, category: null, subCategory: null })).toEqual(['category', 'subCategory']);
  });

  it('wants a township-level division code, not a county or village', () => {
    expect(unitFileGaps({ ...school, townshipCode: '321281' })).toEqual(['townshipCode']);
    expect(unitFileGaps({ ...school, townshipCode: '321281100201' })).toEqual(['townshipCode']);
    expect(unitFileGaps({ ...school, townshipCode: '' })).toEqual(['townshipCode']);
  });

  it('lists every gap of an empty file in field order', () => {
    expect(unitFileGaps({})).toEqual(['name', 'category', 'subCategory', 'address', 'townshipCode', 'personInCharge', 'phone']);
  });
});
