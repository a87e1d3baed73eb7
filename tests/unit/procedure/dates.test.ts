import { describe, expect, it } from 'vitest';
import { chineseDate, isIsoDate, shift } from '../../../src/lib/procedure/dates';

describe('calendar arithmetic of the planner', () => {
  it('adds a month keeping the day of the month', () => {
    expect(shift('2024-03-15', { months: 1 })).toBe('2024-04-15');
    expect(shift('2024-12-20', { months: 1 })).toBe('2025-01-20');
  });

  it('ends a month-long period on the last day when the next month is shorter', () => {
    expect(shift('2025-01-31', { months: 1 })).toBe('2025-02-28');
    expect(shift('2024-01-31', { months: 1 })).toBe('2024-02-29');
    expect(shift('2025-03-31', { months: 1 })).toBe('2025-04-30');
    expect(shift('2024-11-30', { months: 3 })).toBe('2025-02-28');
  });

  it('moves 29 February a year on to 28 February, and four years on to 29 February', () => {
    expect(shift('2024-02-29', { years: 1 })).toBe('2025-02-28');
    expect(shift('2024-02-29', { years: 4 })).toBe('2028-02-29');
    expect(shift('2024-02-29', { years: 1, months: 1 })).toBe('2025-03-29');
  });

  it('counts days backwards across a month and a year', () => {
    expect(shift('2025-03-03', { days: -7 })).toBe('2025-02-24');
    expect(shift('2025-01-03', { days: -7 })).toBe('2024-12-27');
  });

  it('adds extension months after the year', () => {
    expect(shift('2024-08-31', { years: 1 }, 6)).toBe('2026-02-28');
  });

  it('accepts only real calendar days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-3-1')).toBe(false);
    expect(isIsoDate(20250301)).toBe(false);
  });

  it('writes dates as official documents do', () => {
    expect(chineseDate('2025-03-05')).toBe('2025年3月5日');
  });
});
