import type { Grid } from '../src/core/cells';
import { syntheticWorkbook } from '../src/demo/demo-workbook';
import {
  buildCouncilSheets,
  buildPeriodReport,
  checkQuotas,
  setupWorkbook,
  validateNominations,
} from '../src/gas/commands';
import { getDashboard } from '../src/gas/sidebar-api';
import { createFakeEnv, installFakeGlobals, type FakeEnv } from '../test/fakes/gas';
import { documentCalls, total } from '../test/support/gas-env';

export interface CommandCalls {
  command: string;
  /** Calls that reach the spreadsheet, at 100 and 10,000 rows. */
  small: number;
  large: number;
  /** Of those, the calls that read or write cell data (values, formats, notes, colours), at 10,000 rows. */
  data: number;
  /** Rich-text value builders (one per link), counted apart: they touch nothing. */
  builders: number;
  /** One read per input tab and one write per output tab. */
  minimum: number;
}

interface Measured {
  document: number;
  data: number;
  builders: number;
}

const INPUT_TABS = 6; // five reference tabs (Cấu hình, Danh mục, Đơn vị, Lĩnh vực, Tiêu chí) and one nomination tab

const COMMANDS: { name: string; run: (env: FakeEnv) => void; outputs: number }[] = [
  { name: 'validateNominations', run: () => validateNominations(), outputs: 2 }, // check column, Lỗi hồ sơ
  { name: 'checkQuotas', run: () => checkQuotas(), outputs: 1 },
  { name: 'buildCouncilSheets', run: () => buildCouncilSheets(), outputs: 4 },
  {
    name: 'buildPeriodReport',
    run: (env) => {
      env.ui.answerNextPrompt('2021-2025');
      buildPeriodReport();
    },
    outputs: 1,
  },
  { name: 'getDashboard (sidebar)', run: () => void getDashboard(), outputs: 0 },
];

/** Calls that move cell data in or out, as opposed to formatting, naming or finding tabs. */
const DATA_CALLS =
  /^(Range|RangeList)\.(getValues|setValues|setNumberFormats?|setRichTextValues|getBackgrounds|setBackgrounds?|getNotes|setNotes)$/;

function workbook(rows: number): Record<string, Grid> {
  return Object.fromEntries(syntheticWorkbook(rows).tabs.map((t) => [t.name, t.values]));
}

function measure(sheets: Record<string, Grid>, run: (env: FakeEnv) => void, steady = true): Measured {
  const env = createFakeEnv({ sheets });
  const uninstall = installFakeGlobals(env);
  try {
    if (steady) {
      run(env); // a first run creates the generated tabs; the second is the steady state users see
      env.calls.reset();
    }
    run(env);
    const calls = documentCalls(env.calls);
    const document = total(calls);
    const data = total(
      Object.fromEntries(Object.entries(calls).filter(([method]) => DATA_CALLS.test(method))),
    );
    return { document, data, builders: env.calls.total - document };
  } finally {
    uninstall();
  }
}

export function serviceCalls(): CommandCalls[] {
  const small = workbook(100);
  const large = workbook(10_000);
  const rows = COMMANDS.map(({ name, run, outputs }) => {
    const a = measure(small, run);
    const b = measure(large, run);
    return {
      command: name,
      small: a.document,
      large: b.document,
      data: b.data,
      builders: b.builders,
      minimum: INPUT_TABS + outputs,
    };
  });
  const setup = measure({}, () => setupWorkbook(), false); // setup's real case: its first run
  const blank = {
    small: setup.document,
    large: setup.document,
    data: setup.data,
    builders: setup.builders,
    minimum: 5,
  };
  return [...rows, { command: 'setupWorkbook (blank workbook)', ...blank }];
}
