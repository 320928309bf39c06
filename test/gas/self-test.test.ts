import { runHostSelfTest, validateNominations } from '../../src/gas/commands';
import { createFakeEnv, installFakeGlobals, type FakeEnv, type FakeEnvOptions } from '../fakes/gas';
import { gasWorkbook } from '../support/gas-env';
import { goodRow } from '../support/workbook';

const CHECKS = [
  'Khóa tài liệu',
  'Văn bản giữ nguyên',
  'Màu và ghi chú',
  'Đánh dấu trang',
  'Vùng bảo vệ',
  'Sắp xếp tiếng Việt',
  'Múi giờ',
];

/** Everything a run could leave behind: every tab as plain data, and the document's properties. */
function lasting(env: FakeEnv): string {
  const tabs = env.spreadsheet.sheetNames().map((name) => env.spreadsheet.peek(name));
  return JSON.stringify({ tabs, properties: [...env.properties.document] });
}

/** Runs the self-test from the menu on a fresh fake; `misbehave` makes that host differ from Sheets. */
function selfTest(misbehave: (env: FakeEnv) => void = () => {}, options: FakeEnvOptions = {}) {
  const env = createFakeEnv({ sheets: { 'Đề cử': [['STT', 'Họ và tên']] }, ...options });
  const uninstall = installFakeGlobals(env);
  try {
    misbehave(env);
    const before = lasting(env);
    runHostSelfTest();
    const report = env.ui.alerts[0].prompt;
    const failed = report
      .split('\n')
      .filter((line) => line.startsWith('✗ '))
      .map((line) => line.slice(2, line.indexOf(':')));
    return { env, report, failed, leftBehind: lasting(env) !== before };
  } finally {
    uninstall();
  }
}

/** The explanation given on a check's line. */
function detail(report: string, check: string): string {
  return report.split('\n').find((line) => line.slice(2).startsWith(`${check}:`)) ?? '';
}

describe('Tự kiểm tra trên Google Sheets', () => {
  it('passes every check on a host that behaves as the add-on assumes, and leaves nothing behind', () => {
    const { env, report, failed, leftBehind } = selfTest();
    expect(report).toMatch(/^Google Sheets đáp ứng mọi điều tiện ích cần\./);
    for (const name of CHECKS) expect(report).toContain(`✓ ${name}`);
    expect(failed).toEqual([]);
    expect(leftBehind).toBe(false);
    expect(env.properties.document.get('dienhinh.textMode')).toBeUndefined();
    expect(env.locks.document.heldBy).toBe('nobody');
  });

  describe('time zone: a real date written to a cell and read back in the spreadsheet’s zone', () => {
    it('passes when the spreadsheet’s zone is not the script’s', () => {
      const { failed, report } = selfTest(() => {}, {
        timeZone: 'America/New_York',
        scriptTimeZone: 'Asia/Ho_Chi_Minh',
      });
      expect(failed).toEqual([]);
      expect(detail(report, 'Múi giờ')).toContain('America/New_York');
    });

    it('fails, and only it, on a host that shifts a written date by a zone', () => {
      const { env, report, failed, leftBehind } = selfTest((e) => (e.quirks.datesWrittenIn = 'UTC'));
      expect(failed).toEqual(['Múi giờ']);
      // 17:30 UTC on 15 January is 00:30 on the 16th in Hà Nội; stored as 17:30 there, it reads back 7 hours early.
      expect(detail(report, 'Múi giờ')).toContain(
        'ghi ngày giờ 16/01/2025 00:30 (múi giờ của bảng tính, Asia/Ho_Chi_Minh) vào một ô, tiện ích đọc lại thành 15/01/2025 17:30',
      );
      expect(report).toMatch(/^1 mục không đạt\. Hãy gửi thông báo này cho nhóm phát triển\./);
      expect(leftBehind).toBe(false);
      expect(env.properties.document.get('dienhinh.textMode')).toBeUndefined();
    });
  });

  describe('protection: a protection on the temporary tab whose editors are set and read back', () => {
    const secretariat = { sharedWith: ['thuky1@example.com', 'thuky2@example.com'] };

    it('removes everyone but the owner and the runner, adds them back, and reads each step back', () => {
      const { env, report, failed, leftBehind } = selfTest(() => {}, secretariat);
      expect(failed).toEqual([]);
      expect(detail(report, 'Vùng bảo vệ')).toContain('bỏ rồi thêm lại 2 người được sửa');
      expect(env.calls.byMethod['Protection.removeEditors']).toBe(1);
      expect(env.calls.byMethod['Protection.addEditors']).toBe(1);
      expect(leftBehind).toBe(false);
    });

    it('turns domain editing off and reads it back where the file lets the owner’s domain edit', () => {
      const { failed } = selfTest(() => {}, { sharedWithDomain: true });
      expect(failed).toEqual([]);
    });

    it('says what it could not try on a spreadsheet shared with no one', () => {
      const { report, failed } = selfTest();
      expect(failed).toEqual([]);
      expect(detail(report, 'Vùng bảo vệ')).toContain('chưa thử được việc bỏ và thêm người được sửa');
    });

    it('fails, and only it, with a Vietnamese reason, when the runner edits through a Google group', () => {
      const group = 'nhom-thu-ky@example.com';
      const { report, failed, leftBehind } = selfTest(() => {}, {
        ownerEmail: 'chutich@example.com',
        userEmail: 'thuky1@example.com',
        sharedWith: [group, 'thuky2@example.com'],
        groups: { [group]: ['thuky1@example.com'] },
      });
      expect(failed).toEqual(['Vùng bảo vệ']);
      expect(detail(report, 'Vùng bảo vệ')).toMatch(/nhóm|Google Group/i);
      expect(leftBehind).toBe(false);
    });

    it('fails, and only it, on a host that does not keep a protection’s editors', () => {
      const { env, report, failed, leftBehind } = selfTest(
        (e) => (e.quirks.protectionEditorsIgnored = true),
        secretariat,
      );
      expect(failed).toEqual(['Vùng bảo vệ']);
      expect(detail(report, 'Vùng bảo vệ')).toContain(
        'đã bỏ mọi người khỏi vùng bảo vệ, đọc lại vẫn còn thuky1@example.com, thuky2@example.com',
      );
      expect(leftBehind).toBe(false);
      expect(env.properties.document.get('dienhinh.textMode')).toBeUndefined();
    });
  });

  describe('the document lock: held, or the self-test stops there', () => {
    it('stops before writing anything when tryLock says yes but the lock is not held', () => {
      const { env, report, failed, leftBehind } = selfTest((e) => (e.quirks.lockNotHeld = true));
      expect(failed).toEqual(['Khóa tài liệu']);
      expect(detail(report, 'Khóa tài liệu')).toContain(
        'Google Sheets trả lời đã cấp khóa tài liệu nhưng khóa không được giữ',
      );
      expect(report).toMatch(/^Tự kiểm tra dừng ở bước đầu: không giữ được khóa tài liệu/);
      expect(report).not.toContain('✓');
      expect(env.calls.byMethod['Spreadsheet.insertSheet']).toBeUndefined();
      expect(leftBehind).toBe(false);
      expect(env.properties.document.get('dienhinh.textMode')).toBeUndefined();
    });

    it('stops before writing anything while another run holds the lock', () => {
      const { env, report, failed, leftBehind } = selfTest((e) => e.locks.document.holdByOther());
      expect(failed).toEqual(['Khóa tài liệu']);
      expect(detail(report, 'Khóa tài liệu')).toContain('không lấy được khóa tài liệu trong 10 giây');
      expect(env.calls.byMethod['Spreadsheet.insertSheet']).toBeUndefined();
      expect(leftBehind).toBe(false);
    });

    it('holds the lock while it writes, and lets go after', () => {
      const { env } = selfTest();
      expect(env.calls.byMethod['Lock.hasLock']).toBe(1);
      expect(env.calls.byMethod['Lock.releaseLock']).toBe(1);
      expect(env.locks.document.heldBy).toBe('nobody');
    });
  });

  describe('plain text, and the apostrophe fallback switched on only if its own check passed', () => {
    it('fails plain text, and only it, on a host that parses plain-text cells, and from then on writes text behind an apostrophe', () => {
      const { env, uninstall } = gasWorkbook([goodRow({ 'Đơn vị đề nghị': '=Không có' })]);
      env.quirks.plainTextIgnored = true;
      try {
        const before = env.spreadsheet.sheetNames().map((name) => env.spreadsheet.peek(name));
        runHostSelfTest();
        const report = env.ui.alerts[0].prompt;
        expect(report).toMatch(
          /^1 mục không đạt\. Tiện ích vẫn chạy an toàn: văn bản sẽ được ghi kèm dấu nháy đơn/,
        );
        expect(detail(report, 'Văn bản giữ nguyên')).toMatch(
          /^✗ .*“=1\+1” thành công thức =1\+1; .*“2\.10” đọc lại là 2\.1/,
        );
        expect(report).toContain('✓ Cách ghi văn bản dự phòng');
        expect(env.spreadsheet.sheetNames().map((name) => env.spreadsheet.peek(name))).toEqual(before);
        expect(env.properties.document.get('dienhinh.textMode')).toBe('apostrophe');

        validateNominations();
        const issues = env.spreadsheet.peek('Lỗi hồ sơ');
        expect(issues.formulas.flat().every((f) => f === '')).toBe(true);
        expect(issues.values.flat().join(' ')).toContain('=Không có');
      } finally {
        uninstall();
      }
    });

    it('does not switch to the apostrophe fallback when it fails too', () => {
      const { env, report, failed, leftBehind } = selfTest((e) => {
        e.quirks.plainTextIgnored = true;
        e.quirks.apostropheKept = true;
      });
      expect(failed).toEqual(['Văn bản giữ nguyên', 'Cách ghi văn bản dự phòng']);
      expect(detail(report, 'Cách ghi văn bản dự phòng')).toContain(
        'ghi kèm dấu nháy đơn cũng không giữ nguyên văn bản, nên tiện ích không dùng cách này: “=1+1” đọc lại là "\'=1+1"',
      );
      expect(report).toMatch(
        /^2 mục không đạt\. Cả cách ghi dự phòng \(dấu nháy đơn\) cũng không giữ nguyên/,
      );
      expect(report).not.toContain('Tiện ích vẫn chạy an toàn');
      expect(env.properties.document.get('dienhinh.textMode')).toBeUndefined();
      expect(leftBehind).toBe(false);
    });

    it('keeps the text mode a previous self-test chose when both ways fail', () => {
      const { env } = selfTest((e) => {
        e.properties.document.set('dienhinh.textMode', 'apostrophe');
        e.quirks.plainTextIgnored = true;
        e.quirks.apostropheKept = true;
      });
      expect(env.properties.document.get('dienhinh.textMode')).toBe('apostrophe');
    });

    it('needs no fallback, and does not try one, while plain text holds', () => {
      const { report, failed } = selfTest((e) => (e.quirks.apostropheKept = true));
      expect(failed).toEqual([]);
      expect(report).not.toContain('Cách ghi văn bản dự phòng');
    });
  });
});
