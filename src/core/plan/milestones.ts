import { cellText, isBlank, isDate, type CellValue } from '../cells';
import { cleanText, vocabularyKey } from '../text';
import type { Milestone, MilestoneDue } from './types';

const ROMAN_QUARTERS = ['i', 'ii', 'iii', 'iv'];
/** A slash, a dot or any dash a keyboard types. */
const SEPARATOR = String.raw`\s*[/.\-\u2010-\u2015\u2212]\s*`;
/** "Tháng 10 năm 2026" and "10/2026" alike: a separator, or the word năm between two numbers. */
const BEFORE_YEAR = String.raw`(?:${SEPARATOR}|\s+nam\s+|\s+)`;

const QUARTER = new RegExp(String.raw`^(?:quy|q)\s*(iv|iii|ii|i|[1-4])${BEFORE_YEAR}(\d{4})$`);
/** A quarter in Roman numerals needs no word: "II/2027" cannot be a month. */
const ROMAN_QUARTER = new RegExp(String.raw`^(iv|iii|ii|i)${SEPARATOR}(\d{4})$`);
const DAY = new RegExp(
  String.raw`^(?:ngay\s*)?(\d{1,2})(?:${SEPARATOR}|\s+thang\s+)(\d{1,2})${BEFORE_YEAR}(\d{4})$`,
);
const MONTH = new RegExp(String.raw`^(?:thang\s*|t\s*)?(\d{1,2})${BEFORE_YEAR}(\d{4})$`);
const YEAR = /^(?:nam\s*)?(\d{4})$/;

const isYear = (year: number) => Number.isInteger(year) && year >= 1900 && year <= 2200;

function quarterOf(text: string): 1 | 2 | 3 | 4 {
  const roman = ROMAN_QUARTERS.indexOf(text);
  return (roman >= 0 ? roman + 1 : Number(text)) as 1 | 2 | 3 | 4;
}

/** A day that exists: 31/02 does not. */
function realDay(year: number, month: number, day: number): boolean {
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

function dueFromText(text: string): MilestoneDue | null {
  const key = vocabularyKey(text).replace(/\s+/g, ' ');
  let m = QUARTER.exec(key) ?? ROMAN_QUARTER.exec(key);
  if (m) return { kind: 'quarter', year: Number(m[2]), quarter: quarterOf(m[1]) };
  m = DAY.exec(key);
  if (m) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return realDay(year, month, day) ? { kind: 'day', year, month, day } : null;
  }
  m = MONTH.exec(key);
  if (m) {
    const [month, year] = [Number(m[1]), Number(m[2])];
    return month >= 1 && month <= 12 ? { kind: 'month', year, month } : null;
  }
  m = YEAR.exec(key);
  return m ? { kind: 'year', year: Number(m[1]) } : null;
}

/**
 * When a milestone falls, from its `Cấu hình` cell: a quarter (`Quý I/2028`, `Q1/2028`, `II/2028`), a
 * month (`Tháng 10/2026`, `10/2026`), a day (`15/10/2026`, or a date cell) or a year (`2028`). A bare
 * `2/2028` is February: a quarter is written with its word or in Roman numerals. null when it is none.
 */
export function parseMilestoneDue(raw: CellValue): MilestoneDue | null {
  if (isBlank(raw)) return null;
  if (isDate(raw)) {
    // The local getters give the day the spreadsheet showed, as for every date cell.
    const [year, month, day] = [raw.getFullYear(), raw.getMonth() + 1, raw.getDate()];
    return Number.isNaN(day) || !isYear(year) ? null : { kind: 'day', year, month, day };
  }
  if (typeof raw === 'number') return isYear(raw) ? { kind: 'year', year: raw } : null;
  const due = dueFromText(cellText(raw));
  return due && isYear(due.year) ? due : null;
}

/** A milestone from its name and cell, with the cell's text kept as the council wrote it. */
export function readMilestone(name: string, raw: CellValue): Milestone | null {
  const due = parseMilestoneDue(raw);
  return due ? { name, when: cleanText(cellText(raw)), due } : null;
}

/** The days a milestone covers, from its first day to the day after its last (local time). */
export function milestoneSpan(due: MilestoneDue): { start: Date; end: Date } {
  switch (due.kind) {
    case 'year':
      return { start: new Date(due.year, 0, 1), end: new Date(due.year + 1, 0, 1) };
    case 'quarter':
      return {
        start: new Date(due.year, (due.quarter - 1) * 3, 1),
        end: new Date(due.year, due.quarter * 3, 1),
      };
    case 'month':
      return { start: new Date(due.year, due.month - 1, 1), end: new Date(due.year, due.month, 1) };
    case 'day':
      return {
        start: new Date(due.year, due.month - 1, due.day),
        end: new Date(due.year, due.month - 1, due.day + 1),
      };
  }
}

/** Past once its span has ended, under way within it, ahead before it. */
export function milestoneStatus(milestone: Milestone, today: Date): 'past' | 'now' | 'upcoming' {
  const { start, end } = milestoneSpan(milestone.due);
  return today >= end ? 'past' : today >= start ? 'now' : 'upcoming';
}

/** The first milestone not yet past, in the plan's order; undefined once all are past. */
export function nextMilestone(milestones: readonly Milestone[], today: Date): Milestone | undefined {
  return milestones.find((m) => milestoneStatus(m, today) !== 'past');
}

/** A milestone as the preset and demos write one: the text, checked to be readable. */
export function milestone(name: string, when: string): Milestone {
  const due = parseMilestoneDue(when);
  if (!due) throw new Error(`Unreadable milestone date: ${when}`);
  return { name, when, due };
}
