/**
 * Errors worded like Apps Script's own, so a test that expects a failure reads like the execution log
 * a user would send. Apps Script prefixes them with "Exception: " when logged; the message itself
 * is what `error.message` holds.
 */

/** Apps Script's name for an argument's type in signature errors ("String", "number[]", …). */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return value.length > 0 ? `${typeName(value[0])}[]` : 'Object[]';
  if (value instanceof Date) return 'Date';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'number':
      return 'number';
    case 'boolean':
      return 'Boolean';
    default:
      return '(class)';
  }
}

/** `method` is "Class.method" as Apps Script names it, e.g. "SpreadsheetApp.Range.setValues". */
export function signatureError(method: string, args: readonly unknown[]): Error {
  return new Error(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`,
  );
}

/** A whole number argument; Apps Script refuses NaN, fractions and non-numbers. */
export function toInt(value: unknown, method: string): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'number') throw new Error(`Cannot convert '${String(value)}' to int.`);
  throw signatureError(method, [value]);
}

export function rowsMismatch(dataRows: number, rangeRows: number): Error {
  return new Error(
    `The number of rows in the data does not match the number of rows in the range. The data has ${dataRows} but the range has ${rangeRows}.`,
  );
}

export function columnsMismatch(dataColumns: number, rangeColumns: number): Error {
  return new Error(
    `The number of columns in the data does not match the number of columns in the range. The data has ${dataColumns} but the range has ${rangeColumns}.`,
  );
}

/**
 * Checks that `data` is a 2-D array exactly the size of the range, as every Range.setXxxs method
 * does before writing anything.
 */
export function checkGrid(data: unknown, numRows: number, numColumns: number, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) throw signatureError(method, [data]);
  const grid = data as unknown[][];
  if (grid.length !== numRows) throw rowsMismatch(grid.length, numRows);
  for (const row of grid) if (row.length !== numColumns) throw columnsMismatch(row.length, numColumns);
  return grid;
}

export function sheetNameTaken(name: string): Error {
  return new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

export const RANGE_NOT_FOUND = 'Range not found';
export const OUTSIDE_SHEET = 'The coordinates of the range are outside the dimensions of the sheet.';

/**
 * A write the running user may not make: a cell, or the sheet itself, is under a protection that
 * does not list them. Wording verified (execution logs and Sheets API errors quoted in public code);
 * the fake also uses it for changing or reading the editors of such a protection, where the
 * host's wording is not verified.
 */
export const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/**
 * setFrozenRows / setFrozenColumns through a merged cell. The columns wording is verified (an
 * Apps Script execution log quoted in public code); the rows wording is the same sentence for rows,
 * unverified.
 */
export function freezeThroughMerge(axis: 'rows' | 'columns'): Error {
  return new Error(
    `Sorry, you can't freeze ${axis} which contain only part of a merged cell. Try to break apart merged cells or freeze more ${axis} to include the complete merged cells.`,
  );
}

/** A merge straddling the frozen line; community-confirmed wording (quoted from live runs). */
export function mergeAcrossFreeze(axis: 'rows' | 'columns'): Error {
  return new Error(`You can't merge frozen and non-frozen ${axis}.`);
}
