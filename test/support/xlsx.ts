import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/cells';

/** Writes an .xlsx whose tabs hold exactly these grids (strings stay strings). */
export async function writeXlsx(file: string, tabs: Record<string, Grid>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, grid] of Object.entries(tabs)) {
    const sheet = workbook.addWorksheet(name);
    grid.forEach((row, r) =>
      row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value === '' ? null : value)),
    );
  }
  await workbook.xlsx.writeFile(file);
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every cell of a workbook that holds a formula, as "Sheet!A1". */
export function formulaCells(workbook: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) found.push(`${sheet.name}!${cell.address}`);
      }),
    ),
  );
  return found;
}
