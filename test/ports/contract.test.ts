import type { Grid } from '../../src/core/cells';
import type { GeneratedTab, WorkbookPort } from '../../src/core/port';
import { XlsxPort } from '../../src/cli/xlsx-port';
import { SheetsPort } from '../../src/gas/sheets-port';
import { createFakeEnv, installFakeGlobals } from '../fakes/gas';
import { MemoryPort } from '../support/memory-port';

/**
 * What every WorkbookPort promises the core, checked the same way on the three: the Apps Script
 * adapter over the SpreadsheetApp fake, the exceljs adapter, and the in-memory port the core's tests
 * use. A behaviour one door lacks is a bug in that door or in this contract, never a silent difference.
 */
type Door = { name: string; open: (tabs: Record<string, Grid>) => WorkbookPort; close?: () => void };

let uninstall: (() => void) | null = null;

const DOORS: Door[] = [
  { name: 'MemoryPort', open: (tabs) => new MemoryPort(tabs) },
  {
    name: 'SheetsPort over the SpreadsheetApp fake',
    open: (tabs) => {
      const env = createFakeEnv({ sheets: tabs });
      uninstall = installFakeGlobals(env);
      return new SheetsPort(SpreadsheetApp.getActive());
    },
    close: () => {
      uninstall?.();
      uninstall = null;
    },
  },
  {
    name: 'XlsxPort',
    open: (tabs) => {
      const port = XlsxPort.empty();
      for (const [name, grid] of Object.entries(tabs)) {
        port.addTab(name);
        if (grid.length) port.writeCells(name, { row: 1, column: 1, values: grid });
      }
      return port;
    },
  },
];

const generated = (key: string, name: string, values: Grid): GeneratedTab => ({
  key,
  name,
  values,
  format: { frozenRows: 1 },
});

describe.each(DOORS)('the WorkbookPort contract: $name', ({ open, close }) => {
  let port: WorkbookPort;
  afterEach(() => close?.());

  it('reads every tab in order, each once, with its values', () => {
    port = open({
      'Đơn vị': [
        ['Mã', 'Tên'],
        ['X01', 'Thị trấn Chợ Rã'],
      ],
      'Đề cử': [['Năm'], [2024]],
    });
    const tabs = port.readTabs();
    expect(tabs.map((t) => t.name)).toEqual(['Đơn vị', 'Đề cử']);
    expect(tabs[0].values).toEqual([
      ['Mã', 'Tên'],
      ['X01', 'Thị trấn Chợ Rã'],
    ]);
    expect(tabs[1].values).toEqual([['Năm'], [2024]]);
  });

  it('writes text as literal text, never a formula, and numbers as numbers', () => {
    port = open({ 'Đề cử': [['Tên', 'Năm']] });
    port.writeCells('Đề cử', { row: 2, column: 1, values: [['=IMPORTXML("http://x","//a")', 2025]] });
    const [tab] = port.readTabs();
    expect(tab.values[1]).toEqual(['=IMPORTXML("http://x","//a")', 2025]);
  });

  it('a new tab is there to write, after the others', () => {
    port = open({ 'Đề cử': [['Năm']] });
    port.addTab('Kế hoạch đơn vị');
    port.writeCells('Kế hoạch đơn vị', { row: 1, column: 1, values: [['Năm', 'Đơn vị']] });
    expect(port.readTabs().map((t) => [t.name, t.values])).toEqual([
      ['Đề cử', [['Năm']]],
      ['Kế hoạch đơn vị', [['Năm', 'Đơn vị']]],
    ]);
  });

  it('marks round-trip: a colour and a note where written, none elsewhere', () => {
    port = open({
      'Đề cử': [
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
    const area = { row: 1, column: 1, rows: 2, columns: 2 };
    port.writeMarks('Đề cử', area, {
      backgrounds: [
        ['#f4c7c3', null],
        [null, null],
      ],
      notes: [
        ['[Kiểm tra] thiếu tiêu chí', ''],
        ['', ''],
      ],
    });
    const marks = port.readMarks('Đề cử', area);
    expect(marks.notes).toEqual([
      ['[Kiểm tra] thiếu tiêu chí', ''],
      ['', ''],
    ]);
    expect(marks.backgrounds[0][0]?.toLowerCase()).toBe('#f4c7c3');
    // An unmarked cell: no colour (Sheets says white, the others nothing).
    expect([null, '#ffffff']).toContain(marks.backgrounds[1][1]);
  });

  it('a generated tab is known by its key when read back, and rebuilt in place, not duplicated', () => {
    port = open({ 'Đề cử': [['Năm']] });
    port.replaceGeneratedTab(generated('quotas:2024', 'Chỉ tiêu 2024', [['Cũ']]));
    port.replaceGeneratedTab(generated('quotas:2024', 'Chỉ tiêu 2024', [['Mới']]));
    const tabs = port.readTabs();
    expect(tabs.map((t) => t.name)).toEqual(['Đề cử', 'Chỉ tiêu 2024']);
    expect(tabs[1]).toMatchObject({ generated: 'quotas:2024', values: [['Mới']] });
  });

  it('keeps a hand-edited generated tab under the backup name it is given', () => {
    port = open({ 'Đề cử': [['Năm']] });
    port.replaceGeneratedTab(generated('issues', 'Lỗi hồ sơ', [['Cũ']]));
    port.replaceGeneratedTab(generated('issues', 'Lỗi hồ sơ', [['Mới']]), {
      keepOldAs: 'Lỗi hồ sơ (sửa tay 25-11-2026)',
    });
    const byName = new Map(port.readTabs().map((t) => [t.name, t.values]));
    expect(byName.get('Lỗi hồ sơ')).toEqual([['Mới']]);
    expect(byName.get('Lỗi hồ sơ (sửa tay 25-11-2026)')).toEqual([['Cũ']]);
  });

  it('lets a command write an unprotected workbook', () => {
    port = open({ 'Đề cử': [['Năm']] });
    expect(() => port.ensureWritable([{ tab: 'Đề cử' }, { generated: 'quotas:2024' }])).not.toThrow();
  });
});
