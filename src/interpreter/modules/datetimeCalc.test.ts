/**
 * The calendar arithmetic and text forms against CPython 3.12.1 (3.11.7 and 3.13.0 agree; the
 * whole module is probed by test/oracle/datetimeProbe.py).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deltaStr, fromOrdinal, isoCalendar, strftime, toOrdinal, US_PER_DAY } from './datetimeCalc';
import { strptime } from './datetimeParse';

test('ordinals and ISO weeks are the proleptic Gregorian ones', () => {
  assert.equal(toOrdinal(1, 1, 1), 1);
  assert.equal(toOrdinal(2024, 2, 29), 738945);
  assert.deepEqual(fromOrdinal(730120), [2000, 1, 1]);
  assert.deepEqual(isoCalendar(2024, 12, 30), [2025, 1, 1]);
  assert.deepEqual(isoCalendar(2021, 1, 3), [2020, 53, 7]);
});

test('str(timedelta) and strftime in the C locale', () => {
  assert.equal(deltaStr(-3n * US_PER_DAY + 7_200_000_007n), '-3 days, 2:00:00.000007');
  assert.equal(deltaStr(US_PER_DAY), '1 day, 0:00:00');
  const f = { year: 2024, month: 7, day: 4, hour: 15, minute: 5, second: 9, microsecond: 0, z: '', zname: '' };
  assert.equal(strftime(f, '%c|%U|%W|%j|%I%p|%G-%V-%u'), 'Thu Jul  4 15:05:09 2024|26|27|186|03PM|2024-27-4');
});

test('strptime reads 12-hour times and month names', () => {
  const p = strptime('Mar 5 2024 3:04PM', '%b %d %Y %I:%M%p');
  assert.deepEqual([p.year, p.month, p.day, p.hour, p.minute], [2024, 3, 5, 15, 4]);
});
