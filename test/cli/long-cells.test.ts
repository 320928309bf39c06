import { join } from 'node:path';
import { CELL_LIMIT } from '../../src/core/cells';
import { communeWorkbook } from '../../src/demo/commune-workbook';
import { cli, tempDir } from '../support/run-cli';
import { readXlsx, writeXlsx } from '../support/xlsx';

describe('a cell longer than Excel holds, read from a Sheets export', () => {
  it('is cut in the file written, with a warning that names the cell, so Excel never calls the file damaged', async () => {
    const dir = tempDir();
    const input = join(dir, 'dai.xlsx');
    const out = join(dir, 'tong-hop.xlsx');
    const tabs = Object.fromEntries(
      communeWorkbook().tabs.map((t) => [t.name, t.values.map((r) => r.slice())]),
    );
    const [tab] = Object.keys(tabs).filter((name) => name.startsWith('Đề cử'));
    const summary = tabs[tab][0].indexOf('Thành tích tóm tắt');
    tabs[tab][1][summary] = 'Thành tích '.repeat(4_000); // 44,000 characters, as Sheets allows 50,000
    await writeXlsx(input, tabs);

    const run = cli(['consolidate', input, '--out', out]);
    const address = `${tab}!${String.fromCharCode(65 + summary)}2`;
    expect(run.stderr).toContain(`ô ${address} có 44.000 ký tự`);
    const written = await readXlsx(out);
    const cell = written.getWorksheet(tab)?.getCell(address.split('!')[1]).value;
    const text = typeof cell === 'string' ? cell : '';
    expect(text.length).toBe(CELL_LIMIT.xlsx);
    expect(text.endsWith('…')).toBe(true);
  });
});
