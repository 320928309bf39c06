import { runCheck } from '../../src/core/jobs/check';
import { runCouncil, runQuotas } from '../../src/core/jobs/reports';
import { setupWorkbook } from '../../src/core/jobs/setup';
import { WriteRefused } from '../../src/core/port';
import { MemoryPort } from '../support/memory-port';
import { goodRow, nominationGrid, referenceTabs } from '../support/workbook';

const TODAY = new Date(2025, 5, 1);

function port(): MemoryPort {
  const tabs = Object.fromEntries(referenceTabs().map((t) => [t.name, t.values]));
  return new MemoryPort({
    ...tabs,
    'Đề cử': nominationGrid([goodRow()]),
    'Đề cử - Y tế': nominationGrid([goodRow({ 'Đơn vị đề nghị': 'Không có' })]),
  });
}

describe('a command the user may not finish writes nothing', () => {
  it('the check stops before any verdict when one nomination tab is protected against the user', () => {
    const p = port();
    p.locked.add('Đề cử - Y tế');
    expect(() => runCheck(p)).toThrow(WriteRefused);
    expect(p.writes).toEqual([]);
  });

  it('the check stops before any verdict when Lỗi hồ sơ is protected against the user', () => {
    const p = port();
    runCheck(p);
    p.writes.length = 0;
    p.locked.add('issues');
    expect(() => runCheck(p)).toThrow(WriteRefused);
    expect(p.writes).toEqual([]);
  });

  it('the council tabs are not built one by one until a protected one stops them', () => {
    const p = port();
    runCouncil(p, TODAY, 2025);
    p.writes.length = 0;
    p.locked.add('propagation:2025');
    expect(() => runCouncil(p, TODAY, 2025)).toThrow(WriteRefused);
    expect(() => runQuotas(p, TODAY, 2025)).not.toThrow();
    expect(p.writes).toEqual(['replaceGeneratedTab quotas:2025']);
  });

  it('setup changes nothing when a tab it may repair is protected against the user', () => {
    const p = port();
    p.locked.add('Đơn vị');
    expect(() => setupWorkbook(p)).toThrow(WriteRefused);
    expect(p.writes).toEqual([]);
  });
});
