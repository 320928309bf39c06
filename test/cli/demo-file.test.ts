import { join } from 'node:path';
import { XlsxPort } from '../../src/cli/xlsx-port';
import { demoWorkbook } from '../../src/demo/demo-workbook';
import { validateNominations } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import { tallyQuotas } from '../../src/core/tally/quotas';
import { visible } from '../support/grid';

describe('the shipped demo workbook', () => {
  it('is exactly what the seeded generator makes (regenerate with `npm start -- demo-workbook --out F`)', async () => {
    const shipped = (await XlsxPort.open(join(__dirname, '../../examples/demo.xlsx'))).readTabs();
    const generated = demoWorkbook().tabs;
    expect(shipped.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    shipped.forEach((tab, i) => expect(visible(tab.values)).toEqual(visible(generated[i].values)));
  });

  it('has several hundred rows across 2021–2025, every kind of mistake and some units short of quota', () => {
    const reading = readWorkbook(demoWorkbook().tabs);
    const result = validateNominations(reading);
    expect(reading.nominationTabs).toHaveLength(3);
    expect(result.summary.rows).toBeGreaterThan(300);
    expect(new Set(result.rows.map((r) => r.year))).toEqual(new Set([2021, 2022, 2023, 2024, 2025, null]));
    const codes = new Set(result.issues.map((i) => i.code));
    for (const code of [
      'E_CRITERIA_MISSING',
      'E_UNKNOWN_UNIT',
      'E_SUBJECT_NOT_ALLOWED',
      'E_DUPLICATE',
      'E_BAD_YEAR',
      'E_CRITERIA_UNKNOWN',
      'E_BAD_STAGE',
      'W_NO_EVIDENCE',
      'W_SUMMARY_SHORT',
      'W_REPEAT_NOMINEE',
    ]) {
      expect(codes).toContain(code);
    }
    const short = tallyQuotas(reading.plan, result.rows, 2025).lines.filter((l) => !l.met);
    expect(short.length).toBeGreaterThan(2);
  });

  it('warns on at most one row in seven, and never about a model’s path the row cannot fix', () => {
    const result = validateNominations(readWorkbook(demoWorkbook().tabs));
    const warned = new Set(
      result.issues.filter((i) => i.severity === 'warning').map((i) => `${i.sheet}\u0000${i.row}`),
    );
    expect(warned.size).toBeLessThanOrEqual(result.summary.rows / 7);
    const codes = new Set(result.issues.map((i) => i.code));
    for (const path of ['W_STAGE_STUCK', 'W_STAGE_SKIPPED', 'W_NOT_REPLICATED'])
      expect(codes).not.toContain(path);
    // The paths are still followed: they are the tracking tab's and the period report's business.
    const flags = new Set(result.models.flatMap((m) => m.flags.map((f) => f.code)));
    expect([...flags].sort()).toEqual([
      'W_NOT_REPLICATED',
      'W_STAGE_BACKWARDS',
      'W_STAGE_SKIPPED',
      'W_STAGE_STUCK',
    ]);
  });
});
