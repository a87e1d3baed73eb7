// Calendar dates of the 发展党员 planner as "YYYY-MM-DD" strings, with date-fns doing the
// arithmetic. Periods in years and months keep the day of the month; where the target month has
// no such day (Jan 31 + 1 month, Feb 29 + 1 year) date-fns gives that month's last day, which is
// how the 细则's 「一个月内」「一年」 are read (the corresponding day, else the month's end).
import { addDays, addMonths, compareAsc } from 'date-fns';
import type { Offset } from '../../schemas/procedure';

/** A calendar date, e.g. "2025-03-15". */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The local Date of an ISO date, or undefined when it is not a real day (e.g. "2025-02-29"). */
export function toDate(iso: string): Date | undefined {
  const match = ISO.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  // Date rolls 2025-02-29 over to 1 March; a real day reads back unchanged.
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** True for a real calendar day written as YYYY-MM-DD, e.g. "2024-02-29" (but not "2025-02-29"). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && toDate(value) !== undefined;
}

/** ISO form of a Date, e.g. 2025-03-15. */
export function toIso(date: Date): IsoDate {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `iso` moved by `offset`: years first, then months, then days, e.g.
 * shift("2024-02-29", { years: 1 }) → "2025-02-28"; shift("2025-01-31", { months: 1 }) → "2025-02-28".
 */
export function shift(iso: IsoDate, offset: Offset, extraMonths = 0): IsoDate {
  const date = toDate(iso);
  if (!date) throw new RangeError(`不是有效日期：${iso}`);
  let out = date;
  // A year is twelve months, added in one step, so Feb 29 + 1 year + 1 month is Mar 29, not Mar 28.
  const months = (offset.years ?? 0) * 12 + (offset.months ?? 0) + extraMonths;
  if (months) out = addMonths(out, months);
  if (offset.days) out = addDays(out, offset.days);
  return toIso(out);
}

/** -1, 0 or 1 as `a` is before, on or after `b`. */
export function compare(a: IsoDate, b: IsoDate): number {
  return compareAsc(toDate(a)!, toDate(b)!);
}

/** The later of two dates (either may be missing). */
export function later(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (!a) return b;
  if (!b) return a;
  return compare(a, b) >= 0 ? a : b;
}

/** The earlier of two dates (either may be missing). */
export function earlier(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (!a) return b;
  if (!b) return a;
  return compare(a, b) <= 0 ? a : b;
}

/** A date as Chinese official writing shows it, e.g. "2025-03-05" → "2025年3月5日". */
export function chineseDate(iso: IsoDate): string {
  const date = toDate(iso);
  return date ? `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日` : iso;
}

/** An offset in words, e.g. { months: 1 } → "1个月", { years: 1 } → "1年", { days: -7 } → "前7天", {} → "". */
export function offsetWords(offset: Offset | undefined): string {
  if (!offset) return '';
  const parts: string[] = [];
  if (offset.years) parts.push(`${offset.years}年`);
  if (offset.months) parts.push(`${offset.months}个月`);
  if (offset.days) parts.push(offset.days < 0 ? `前${-offset.days}天` : `${offset.days}天`);
  return parts.join('');
}
