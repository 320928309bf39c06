import fc from 'fast-check';
import { cleanText, compareVietnamese, looseKey, sameKey } from '../../src/core/text';

describe('identity: sameKey forgives what does not change meaning', () => {
  const canonical = 'Đơn vị đề nghị';

  it('NFD text has the same key as NFC', () => {
    expect(sameKey(canonical.normalize('NFD'))).toBe(sameKey(canonical));
  });

  it('the Microsoft Vietnamese keyboard mixed form (precomposed ê plus a combining acute) is the same text', () => {
    expect(sameKey('Ti\u00ea\u0301t ki\u00ea\u0323m')).toBe(sameKey('Tiết kiệm'));
  });

  it('case, extra spaces, NBSP and zero-width characters do not count', () => {
    expect(sameKey('  ĐƠN\u00a0VỊ   đề\u200b nghị ')).toBe(sameKey(canonical));
  });

  it('a hyphen, an en dash, an em dash and a minus sign are one dash, spaced or not', () => {
    const keys = [
      'Phát hiện – Bồi dưỡng',
      'Phát hiện - Bồi dưỡng',
      'Phát hiện—Bồi dưỡng',
      'Phát hiện−Bồi dưỡng',
    ];
    expect(new Set(keys.map(sameKey)).size).toBe(1);
  });

  it('curly and straight quotes, and a trailing dot, do not count', () => {
    expect(sameKey('Mô hình “Dân vận khéo”.')).toBe(sameKey('mô hình "dân vận khéo"'));
  });

  it('old and new tone placement are the same word (hoà = hòa, thuỷ = thủy)', () => {
    expect(sameKey('Hoà Bình')).toBe(sameKey('Hòa Bình'));
    expect(sameKey('Thuỷ lợi')).toBe(sameKey('Thủy lợi'));
    expect(sameKey('Uỷ ban')).toBe(sameKey('Ủy ban'));
  });
});

describe('identity: sameKey keeps every letter and tone', () => {
  it('đ is not d', () => {
    expect(sameKey('đ')).not.toBe(sameKey('d'));
    expect(sameKey('Đồng Tâm')).not.toBe(sameKey('Dồng Tâm'));
  });

  it('Hùng is not Hưng, and Hưng is not Hứng', () => {
    expect(sameKey('Nguyễn Văn Hùng')).not.toBe(sameKey('Nguyễn Văn Hưng'));
    expect(sameKey('Hưng')).not.toBe(sameKey('Hứng'));
  });

  it('any two distinct single Vietnamese syllables keep distinct keys', () => {
    const vowels = 'aăâeêioôơuưy';
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    fc.assert(
      fc.property(
        fc.constantFrom(...'bcdđghklmnpqrstvx'),
        fc.constantFrom(...vowels),
        fc.constantFrom(...tones),
        fc.constantFrom(...vowels),
        fc.constantFrom(...tones),
        (c, v1, t1, v2, t2) => {
          const a = (c + v1 + t1).normalize('NFC');
          const b = (c + v2 + t2).normalize('NFC');
          return (a === b) === (sameKey(a) === sameKey(b));
        },
      ),
    );
  });

  it('ignores Unicode form', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâđêôơưàảãáạ ĐHùngư-–.'.split('')) }), (text) => {
        return sameKey(text.normalize('NFD')) === sameKey(text.normalize('NFC'));
      }),
    );
  });
});

describe('looseKey: the guess behind a spelling suggestion', () => {
  it('folds tone marks and đ, so Hùng and Hưng meet there and only there', () => {
    expect(looseKey('Nguyễn Văn Hùng')).toBe(looseKey('Nguyễn Văn Hưng'));
    expect(looseKey('Đồng Đăng')).toBe('dong dang');
  });

  it('keeps different words apart', () => {
    expect(looseKey('Cá nhân')).not.toBe(looseKey('Tập thể'));
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
