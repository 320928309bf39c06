import { ISSUE_CODES, issue } from '../../src/core/issues';
import { checkText } from '../../src/core/validate/check-text';

describe('the issue catalogue', () => {
  it('names errors E_ and warnings W_, each with a short label for the check column', () => {
    for (const [code, { severity, label }] of Object.entries(ISSUE_CODES)) {
      expect(`${code} ${severity}`).toBe(`${code} ${code.startsWith('E_') ? 'error' : 'warning'}`);
      expect(label.length).toBeGreaterThan(3);
      expect(label.length).toBeLessThan(45);
    }
  });

  it('gives an issue the severity the catalogue says, and the check column its label', () => {
    const found = issue('Đề cử', 3, 'Giai đoạn', 'W_STAGE_STUCK', 'Mô hình ở khâu “Phát hiện”…');
    expect(found.severity).toBe('warning');
    expect(checkText([found])).toBe('Hợp lệ – cảnh báo: dừng ở một khâu từ hai năm');
  });
});
