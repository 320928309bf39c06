import { cleanText, compareVietnamese, matchKey } from '../../src/core/text';

describe('matching keys', () => {
  const canonical = 'Đơn vị đề nghị';

  it('folds NFD text to the same key as NFC', () => {
    expect(matchKey(canonical.normalize('NFD'))).toBe(matchKey(canonical));
  });

  it('folds the Microsoft Vietnamese keyboard mixed form (precomposed ê plus a combining acute)', () => {
    // "Thành tích" typed with a precomposed "à" but "ê" + U+0301 for "ế" in "Tiết"
    expect(matchKey('Ti\u00ea\u0301t ki\u00ea\u0323m')).toBe(matchKey('Tiết kiệm'));
  });

  it('ignores diacritics, case, extra spaces, NBSP and zero-width characters', () => {
    expect(matchKey('  DON\u00a0VI   de\u200b nghi ')).toBe(matchKey(canonical));
  });

  it('folds đ and Đ to d by hand, since they do not decompose', () => {
    expect(matchKey('Đồng Đăng')).toBe('dong dang');
  });

  it('keeps different words apart', () => {
    expect(matchKey('Cá nhân')).not.toBe(matchKey('Tập thể'));
  });
});

describe('display text', () => {
  it('is NFC with spacing collapsed but diacritics and case kept', () => {
    expect(cleanText('  Xã   Nam Mẫu '.normalize('NFD'))).toBe('Xã Nam Mẫu');
  });
});

describe('Vietnamese collation', () => {
  it('sorts Đ after D and accented letters with their base letter', () => {
    const names = ['Đinh Văn An', 'Dương Thị Hoa', 'Âu Văn Bình', 'An Thị Cúc'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'An Thị Cúc',
      'Âu Văn Bình',
      'Dương Thị Hoa',
      'Đinh Văn An',
    ]);
  });
});
