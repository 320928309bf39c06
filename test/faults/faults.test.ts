import { buildCouncilSheets, validateNominations } from '../../src/gas/commands';
import { FakeRange, type FakeEnv } from '../fakes/gas';
import { gasWorkbook } from '../support/gas-env';
import { goodRow, referenceTabs, type Row } from '../support/workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';
const rows: Row[] = Array.from({ length: 12 }, (_, i) =>
  goodRow({ [NAME]: `Hộ số ${i + 1}`, 'Kết quả xét': 'Công nhận' }),
);
const reviewYear2024 = Object.fromEntries(
  referenceTabs()
    .filter((t) => t.name === 'Cấu hình')
    .map((t) => [t.name, t.values.map((r) => (r[0] === 'Năm xét' ? ['Năm xét', 2024] : r))]),
);

function snapshot(env: FakeEnv): Record<string, unknown[][]> {
  return Object.fromEntries(env.spreadsheet.sheetNames().map((n) => [n, env.spreadsheet.peek(n).values]));
}

function withWorkbook(run: (env: FakeEnv) => void): void {
  const { env, uninstall } = gasWorkbook(rows, reviewYear2024);
  try {
    run(env);
  } finally {
    uninstall();
  }
}

describe('two people at once', () => {
  it('the second run, finding the document lock held, says so and writes nothing', () => {
    withWorkbook((env) => {
      const before = snapshot(env);
      env.locks.document.holdByOther();
      validateNominations();
      buildCouncilSheets();
      expect(env.ui.alerts.map((a) => a.prompt)).toEqual([
        expect.stringContaining('Đang có người khác chạy'),
        expect.stringContaining('Đang có người khác chạy'),
      ]);
      expect(snapshot(env)).toEqual(before);
    });
  });

  it('the second run waits for a lock released within its patience, then runs whole', () => {
    withWorkbook((env) => {
      env.locks.document.holdByOther({ releasesAfterMs: 5_000 });
      validateNominations();
      expect(env.ui.alerts[0].prompt).toMatch(/^Đã kiểm tra 12 dòng/);
      expect(env.spreadsheet.sheetNames()).toContain('Lỗi hồ sơ');
    });
  });
});

describe('a failure in the middle of writing generated tabs', () => {
  /** Makes the n-th Range.setValues of the next command fail, as a Sheets service error would. */
  function failNthWrite(n: number): jest.SpyInstance {
    const original = FakeRange.prototype.setValues;
    let count = 0;
    return jest.spyOn(FakeRange.prototype, 'setValues').mockImplementation(function (
      this: FakeRange,
      values: unknown[][],
    ) {
      count += 1;
      if (count === n) throw new Error('Service Spreadsheets failed while accessing document');
      return original.call(this, values);
    });
  }

  it.each([1, 2, 3, 4])(
    'leaves input tabs untouched and every generated tab wholly old or wholly new when write %i fails',
    (n) => {
      withWorkbook((env) => {
        buildCouncilSheets(); // the old generation
        const old = snapshot(env);
        // A renamed nominee makes the new tabs differ from the old ones.
        env.spreadsheet.poke('Đề cử', 'D2', [['Hộ đã đổi tên']]);
        const edited = snapshot(env);
        const spy = failNthWrite(n);
        const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        let logged: number;
        try {
          buildCouncilSheets();
        } finally {
          logged = log.mock.calls.length;
          spy.mockRestore();
          log.mockRestore();
        }
        expect(logged).toBe(1); // the failure is logged for the developers
        expect(env.ui.alerts[1].prompt).toContain('Không thực hiện được lệnh');
        const after = snapshot(env);
        expect(Object.keys(after).sort()).toEqual(Object.keys(old).sort()); // no half-built tab left
        for (const name of ['Cấu hình', 'Đơn vị', 'Lĩnh vực', 'Tiêu chí', 'Đề cử'])
          expect(after[name]).toEqual(edited[name]);
        buildCouncilSheets(); // a clean run for reference: what "wholly new" looks like
        const fresh = snapshot(env);
        for (const name of ['Chỉ tiêu 2024', 'Tổng hợp 2024', 'Thống kê 2024', 'Tuyên truyền 2024']) {
          expect([old[name], fresh[name]]).toContainEqual(after[name]);
        }
      });
    },
  );
});
