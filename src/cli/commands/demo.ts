import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCheck } from '../../core/jobs/check';
import { runCouncil } from '../../core/jobs/reports';
import type { Grid } from '../../core/cells';
import { communeWorkbook } from '../../demo/commune-workbook';
import { demoWorkbook } from '../../demo/demo-workbook';
import type { ParsedArgs } from '../args';
import { outputPath, saveWorkbook } from '../open-workbook';
import { offline } from '../offline-words';
import { wrap } from '../terminal';
import { XlsxPort } from '../xlsx-port';
import { quotaTable } from './quotas';

const ROOT = resolve(__dirname, '..', '..');
export const DEMO_FILE = join(ROOT, 'examples', 'demo.xlsx');
export const COMMUNE_FILE = join(ROOT, 'examples', 'xa-hoa-son.xlsx');
const DEMO_OUTPUT = join(ROOT, 'demo-output');

/** Builds a generated workbook into a port: the demo by default. */
export function demoPort(tabs: { name: string; values: Grid }[] = demoWorkbook().tabs): XlsxPort {
  const port = XlsxPort.empty();
  for (const tab of tabs) {
    port.addTab(tab.name);
    port.writeCells(tab.name, { row: 1, column: 1, values: tab.values });
  }
  return port;
}

/** `demo-workbook --out F`: writes the demo workbook (how examples/demo.xlsx is made). */
export async function writeDemo(args: ParsedArgs): Promise<number> {
  const out = outputPath(args.out, null, 'demo-workbook');
  await demoPort().save(out);
  process.stdout.write(
    `Đã ghi bảng tính mẫu có dữ liệu: ${out}\n${wrap(`Tiếp theo: npm start -- check ${out}`)}\n`,
  );
  return 0;
}

/** `commune-workbook --out F`: writes the commune council's example (how examples/xa-hoa-son.xlsx is made). */
export async function writeCommune(args: ParsedArgs): Promise<number> {
  const out = outputPath(args.out, null, 'commune-workbook');
  await demoPort(communeWorkbook().tabs).save(out);
  process.stdout.write(
    `Đã ghi bảng tính ví dụ của một Hội đồng cấp xã: ${out}\n${wrap(`Tiếp theo: npm start -- check ${out}`)}\n`,
  );
  return 0;
}

/**
 * `npm start` with no arguments: the whole job on the shipped demo workbook (check, quotas and the
 * council's tabs), the quota table in the terminal and the consolidated workbook on disk.
 */
export async function demo(): Promise<number> {
  const port = existsSync(DEMO_FILE) ? await XlsxPort.open(DEMO_FILE) : demoPort();
  const check = runCheck(port);
  const council = runCouncil(port, new Date());
  mkdirSync(DEMO_OUTPUT, { recursive: true });
  const out = join(DEMO_OUTPUT, `tong-hop-${council.year}.xlsx`);
  await saveWorkbook(port, out);
  process.stdout.write(
    [
      `Bảng tính mẫu: ${DEMO_FILE}`,
      '',
      wrap(`1. Kiểm tra hồ sơ (check) — ${offline(check.message)}`),
      '',
      `2. Kiểm tra chỉ tiêu (quotas)`,
      quotaTable(council.figures),
      '',
      wrap(
        `3. Tổng hợp cho Hội đồng (consolidate) — đã lập ${council.written.map((n) => `“${n}”`).join(', ')}.`,
      ),
      '',
      `Đã ghi bảng tính tổng hợp: ${out}`,
      wrap(
        `Tiếp theo: mở ${out}; chạy từng bước trên tệp mẫu (npm start -- check ${DEMO_FILE}), hoặc bắt đầu bảng tính của Hội đồng mình: npm start -- template --out ke-hoach.xlsx (xem npm start -- help).`,
      ),
      '',
    ].join('\n'),
  );
  return 0;
}
