import { describe, expect, it } from 'vitest';
import { isIsoDate, localDate } from '../../src/core/dates.js';
import { orgKindFitsLevel } from '../../src/core/orgs.js';
import { passwordProblem } from '../../src/core/passwords.js';
import { can, roleFitsOrgKind } from '../../src/core/roles.js';

describe('roleFitsOrgKind', () => {
  it('places each role where DESIGN §1 says it works', () => {
    expect(roleFitsOrgKind('inspector', 'institute')).toBe(true);
    expect(roleFitsOrgKind('inspector', 'station')).toBe(false);
    expect(roleFitsOrgKind('assistant', 'station')).toBe(true);
    expect(roleFitsOrgKind('station_head', 'info_point')).toBe(false);
    expect(roleFitsOrgKind('informant', 'info_point')).toBe(true);
    expect(roleFitsOrgKind('official', 'health_commission')).toBe(true);
    expect(roleFitsOrgKind('official', 'institute')).toBe(false);
    expect(roleFitsOrgKind('admin', 'station')).toBe(true);
  });
});

describe('can', () => {
  it('lets only admins manage and read the audit log; station heads read users, assistants do not', () => {
    expect(can('admin', 'users.manage')).toBe(true);
    expect(can('official', 'users.manage')).toBe(false);
    expect(can('station_head', 'users.read')).toBe(true);
    expect(can('assistant', 'users.read')).toBe(false);
    expect(can('inspector', 'audit.read')).toBe(false);
    expect(can('informant', 'orgs.read')).toBe(true);
  });
});

describe('orgKindFitsLevel', () => {
  it('puts stations on townships and information points on villages', () => {
    expect(orgKindFitsLevel('station', 'township')).toBe(true);
    expect(orgKindFitsLevel('station', 'county')).toBe(false);
    expect(orgKindFitsLevel('info_point', 'village')).toBe(true);
    expect(orgKindFitsLevel('institute', 'city')).toBe(true);
    expect(orgKindFitsLevel('institute', 'township')).toBe(false);
  });
});

describe('passwordProblem', () => {
  it('accepts 8+ characters with letters and digits that do not contain the user name', () => {
    expect(passwordProblem('abcd1234', 'wang')).toBeUndefined();
    expect(passwordProblem('abc1234')).toBe('密码至少 8 位');
    expect(passwordProblem('abcdefgh')).toBe('密码须同时包含字母和数字');
    expect(passwordProblem('12345678')).toBe('密码须同时包含字母和数字');
    expect(passwordProblem('Wang2026x', 'wang')).toBe('密码不能包含用户名');
    expect(passwordProblem(`a1${'x'.repeat(127)}`)).toBe('密码不能超过 128 位');
  });
});

describe('localDate', () => {
  it('uses the Asia/Shanghai calendar day: 16:00 UTC is already tomorrow', () => {
    expect(localDate(new Date('2026-01-18T15:59:59Z'))).toBe('2026-01-18');
    expect(localDate(new Date('2026-01-18T16:00:00Z'))).toBe('2026-01-19');
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });
});
