import fc from 'fast-check';
import { count, NO_SHARE, percent, ratio } from '../../src/core/narrative/figures';

describe('figures written the Vietnamese way', () => {
  it('groups thousands with dots', () => {
    expect(count(0)).toBe('0');
    expect(count(999)).toBe('999');
    expect(count(1105)).toBe('1.105');
    expect(count(1234567)).toBe('1.234.567');
    expect(count(-1105)).toBe('-1.105');
  });

  it('refuses a count that is not whole', () => {
    expect(() => count(1.5)).toThrow(RangeError);
    expect(() => count(Number.NaN)).toThrow(RangeError);
  });

  it('writes a share with one decimal, a comma and a no-break space before %', () => {
    expect(percent(452, 1000)).toBe('45,2\u00a0%');
    expect(percent(1, 3)).toBe('33,3\u00a0%');
    expect(percent(2, 3)).toBe('66,7\u00a0%');
    expect(percent(1, 8)).toBe('12,5\u00a0%');
    expect(percent(34, 34)).toBe('100,0\u00a0%');
    expect(percent(0, 34)).toBe('0,0\u00a0%');
    expect(percent(125, 10)).toBe('1.250,0\u00a0%');
  });

  it('has no share of nothing', () => {
    expect(percent(0, 0)).toBe(NO_SHARE);
    expect(percent(5, 0)).toBe(NO_SHARE);
  });

  it('writes a count out of a count', () => {
    expect(ratio(19, 34)).toBe('19/34');
    expect(ratio(1105, 1200)).toBe('1.105/1.200');
  });

  it('reads back as the number it writes (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        const text = count(n);
        expect(text).toMatch(/^\d{1,3}(\.\d{3})*$/);
        expect(Number(text.replace(/\./g, ''))).toBe(n);
      }),
    );
  });

  it('rounds a share to the nearest tenth (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b) => {
        const part = Math.min(a, b);
        const text = percent(part, b);
        expect(text).toMatch(/^\d{1,3}(\.\d{3})*,\d\u00a0%$/);
        const value = Number(text.replace('\u00a0%', '').replace(/\./g, '').replace(',', '.'));
        expect(Math.abs(value - (100 * part) / b)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});
