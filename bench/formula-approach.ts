import { HyperFormula } from 'hyperformula';
import { syntheticWorkbook } from '../src/demo/demo-workbook';

/**
 * What a secretariat builds without the add-on: a quota grid of COUNTIFS formulas (unit × year) over
 * the nomination rows, evaluated by HyperFormula, a spreadsheet formula engine. It counts submitted
 * rows only; it cannot tell valid from invalid ones.
 */
export function formulaApproach(rows: number): { rows: number; ms: number; formulas: number } {
  const { plan, tabs } = syntheticWorkbook(rows);
  const nominations = tabs[tabs.length - 1].values;
  const header = nominations[0] as string[];
  const unitColumn = header.indexOf('Đơn vị đề nghị');
  const yearColumn = header.indexOf('Năm');
  const data = nominations
    .slice(1)
    .map((r) => [String(r[unitColumn] ?? ''), typeof r[yearColumn] === 'number' ? r[yearColumn] : '']);
  const period = plan.period as { from: number; to: number };
  const years = Array.from({ length: period.to - period.from + 1 }, (_, i) => period.from + i);
  const last = data.length;
  const grid = plan.units.map((u) => [
    u.code,
    ...years.map(
      (y) =>
        `=COUNTIFS(Rows!$A$1:$A$${last},"${u.code}",Rows!$B$1:$B$${last},${y})+COUNTIFS(Rows!$A$1:$A$${last},"${u.name}",Rows!$B$1:$B$${last},${y})`,
    ),
  ]);
  const t0 = performance.now();
  const hf = HyperFormula.buildFromSheets(
    { Rows: data, Quotas: grid },
    { licenseKey: 'gpl-v3', maxRows: 200_000 },
  );
  const values = hf.getSheetValues(hf.getSheetId('Quotas') as number);
  const ms = performance.now() - t0;
  if (values.length !== plan.units.length) throw new Error('formula grid lost rows');
  hf.destroy();
  return { rows, ms, formulas: plan.units.length * years.length };
}
