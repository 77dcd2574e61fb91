import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_CATEGORIES, TRACKING_ALPHABET, complaintReplyDueOn, complaintTransition, isReplyOverdue, isTrackingCode,
} from '../../src/core/complaints.js';

describe('isTrackingCode', () => {
  it('accepts TS and 10 characters of the unambiguous alphabet, nothing else', () => {
    expect(isTrackingCode('TS23456789AB')).toBe(true);
    expect(isTrackingCode('TS23456789A')).toBe(false);
    expect(isTrackingCode('TX23456789AB')).toBe(false);
    expect(isTrackingCode('TS2345678O1I')).toBe(false);
    expect(isTrackingCode('ts23456789ab')).toBe(false);
    expect(TRACKING_ALPHABET).not.toMatch(/[01OIL]/);
  });
});

describe('COMPLAINT_CATEGORIES', () => {
  it('are the unit categories plus other', () => {
    expect(COMPLAINT_CATEGORIES).toEqual([
      'public_place', 'drinking_water', 'school', 'medical', 'occupational', 'radiation', 'food', 'infectious_disease', 'other',
    ]);
  });
});

describe('complaintTransition', () => {
  it('moves received → assigned → investigating → replied → closed', () => {
    expect(complaintTransition('received', 'assign')).toEqual({ to: 'assigned' });
    expect(complaintTransition('assigned', 'investigate')).toEqual({ to: 'investigating' });
    expect(complaintTransition('investigating', 'reply')).toEqual({ to: 'replied' });
    expect(complaintTransition('replied', 'close')).toEqual({ to: 'closed' });
  });

  it('refuses skipped or repeated steps with a Chinese reason', () => {
    expect(complaintTransition('received', 'reply')).toEqual({ problem: '该投诉举报当前为“已受理”，不能答复（须为“调查中”）' });
    expect(complaintTransition('closed', 'assign')).toEqual({ problem: '该投诉举报当前为“已办结”，不能分派（须为“已受理”）' });
    expect(complaintTransition('assigned', 'assign')).toHaveProperty('problem');
  });
});

describe('complaintReplyDueOn', () => {
  it('counts calendar days from the received day in Asia/Shanghai', () => {
    // 2026-05-31 23:30 in Shanghai is still 15:30Z on the 31st; 16:30Z is already 1 June there.
    expect(complaintReplyDueOn(new Date('2026-05-31T15:30:00Z'), 15)).toBe('2026-06-15');
    expect(complaintReplyDueOn(new Date('2026-05-31T16:30:00Z'), 15)).toBe('2026-06-16');
    expect(complaintReplyDueOn(new Date('2026-05-31T16:30:00Z'), 0)).toBe('2026-06-01');
  });
});

describe('isReplyOverdue', () => {
  it('is not overdue on the due day itself, overdue from the next day', () => {
    expect(isReplyOverdue('2026-06-15', null, '2026-06-14')).toBe(false);
    expect(isReplyOverdue('2026-06-15', null, '2026-06-15')).toBe(false);
    expect(isReplyOverdue('2026-06-15', null, '2026-06-16')).toBe(true);
  });

  it('judges a reply by its Shanghai day, whatever today is', () => {
    // 23:59:59 on the due day in Shanghai is on time; one second later is late.
    expect(isReplyOverdue('2026-06-15', new Date('2026-06-15T15:59:59Z'), '2026-07-01')).toBe(false);
    expect(isReplyOverdue('2026-06-15', new Date('2026-06-15T16:00:00Z'), '2026-07-01')).toBe(true);
  });
});
