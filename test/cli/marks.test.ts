import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { XlsxPort } from '../../src/cli/xlsx-port';
import { cellText } from '../../src/core/cells';
import { runCheck } from '../../src/core/jobs/check';
import { headerKey } from '../../src/core/table';
import { tempDir } from '../support/run-cli';

describe('marks in a checked .xlsx copy', () => {
  it('colour exactly the cells with issues of the shipped demo, whatever styles the cells share', async () => {
    const port = await XlsxPort.open(join(__dirname, '../../examples/demo.xlsx'));
    const { result, reading } = runCheck(port);
    const out = join(tempDir(), 'da-kiem-tra.xlsx');
    await port.save(out);

    const expected = new Set<string>();
    for (const tab of reading.nominationTabs) {
      const header = tab.header.headerRow;
      const values = port.readTabs().find((t) => t.name === tab.name)?.values ?? [];
      for (const issue of result.issues.filter((i) => i.sheet === tab.name && i.row !== null && i.column)) {
        const column = (values[header] ?? []).findIndex(
          (c) => headerKey(cellText(c)) === headerKey(issue.column ?? ''),
        );
        expected.add(`${tab.name}!${issue.row}:${column + 1}`);
      }
    }
    const coloured = new Set<string>();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const fill = cell.fill;
          if (fill?.type === 'pattern' && fill.pattern === 'solid') coloured.add(`${sheet.name}!${r}:${c}`);
        }),
      );
    expect(expected.size).toBeGreaterThan(300);
    expect([...coloured].filter((k) => !expected.has(k))).toEqual([]);
    expect([...expected].filter((k) => !coloured.has(k))).toEqual([]);
  });
});
