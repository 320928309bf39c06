import type { Grid } from '../../src/core/cells';
import { createFakeEnv, installFakeGlobals, type CallCounter, type FakeEnv } from '../fakes/gas';
import { nominationGrid, referenceTabs, type Row } from './workbook';

/** A fake spreadsheet holding the preset's reference tabs and one nomination tab, installed as globals. */
export function gasWorkbook(
  rows: Row[],
  extra: Record<string, Grid> = {},
): { env: FakeEnv; uninstall: () => void } {
  const sheets = {
    ...Object.fromEntries(referenceTabs().map((t) => [t.name, t.values])),
    'Đề cử': nominationGrid(rows),
    ...extra,
  };
  const env = createFakeEnv({ sheets });
  return { env, uninstall: installFakeGlobals(env) };
}

/**
 * Calls that reach the spreadsheet. Value builders (one RichTextValue per link in `Lỗi hồ sơ`) only
 * assemble a value in the script's memory and are counted apart.
 */
export function documentCalls(calls: CallCounter): Record<string, number> {
  return Object.fromEntries(
    Object.entries(calls.byMethod).filter(
      ([method]) =>
        !method.startsWith('RichTextValueBuilder.') && method !== 'SpreadsheetApp.newRichTextValue',
    ),
  );
}

export function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
