import { PRESET_CRITERIA } from '../../src/core/plan/preset-criteria';
import type { Criterion, SubjectCode } from '../../src/core/plan/types';

/** The plan's eligible subjects per field (section III.2 of the seed). */
const ELIGIBLE: Record<string, readonly SubjectCode[]> = {
  '2.1': ['T', 'C'],
  '2.2': ['T', 'C', 'H'],
  '2.3': ['T', 'C'],
  '2.4': ['H'],
  '2.5': ['T', 'H'],
  '2.6': ['T', 'C'],
  '2.7': ['T', 'C'],
  '2.8': ['T', 'C'],
  '2.9': ['T', 'C'],
  '2.10': ['T', 'C'],
  '2.11': ['T', 'C'],
  '2.12': ['T', 'C', 'H'],
};
const SUBJECTS: readonly SubjectCode[] = ['T', 'C', 'H'];
const SUBJECT_NAMES: Record<SubjectCode, string> = {
  T: 'a collective',
  C: 'an individual',
  H: 'a household',
};

const FIELD_CODE = /^2\.(1[0-2]|[1-9])\.([TCH])(\d+)$/;

function of(field: string, subject: SubjectCode): Criterion[] {
  return PRESET_CRITERIA.filter((c) => c.field === field && c.subjects.includes(subject));
}

function profilesOf(field: string, subject: SubjectCode): string[] {
  return [...new Set(of(field, subject).flatMap((c) => c.profiles))].sort();
}

const eligiblePairs = Object.entries(ELIGIBLE).flatMap(([field, subjects]) =>
  subjects.map((subject) => [field, subject] as const),
);
const ineligiblePairs = Object.entries(ELIGIBLE).flatMap(([field, subjects]) =>
  SUBJECTS.filter((s) => !subjects.includes(s)).map((subject) => [field, subject] as const),
);

describe('preset criteria catalogue', () => {
  describe('codes', () => {
    it('gives every criterion a distinct code', () => {
      const codes = PRESET_CRITERIA.map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('keeps codes distinct even when compared case-insensitively', () => {
      const codes = PRESET_CRITERIA.map((c) => c.code.toLowerCase());
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('writes every code as G1–G4 or <field>.<T|C|H><n>', () => {
      for (const c of PRESET_CRITERIA) {
        expect(/^G[1-4]$/.test(c.code) || FIELD_CODE.test(c.code)).toBe(true);
      }
    });

    it("makes a field criterion's code agree with its field and subject", () => {
      for (const c of PRESET_CRITERIA.filter((x) => !x.code.startsWith('G'))) {
        const match = FIELD_CODE.exec(c.code);
        expect(match).not.toBeNull();
        expect(`${c.code}: ${c.field}.${c.subjects.join()}`).toBe(`${c.code}: 2.${match![1]}.${match![2]}`);
      }
    });

    it.each(eligiblePairs)('numbers the criteria of %s %s from 1 with no gaps', (field, subject) => {
      const numbers = of(field, subject)
        .map((c) => Number(FIELD_CODE.exec(c.code)![3]))
        .sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    });
  });

  describe('general criteria (III.1)', () => {
    it('has exactly G1–G4, required, with no field, subject or profile', () => {
      const general = PRESET_CRITERIA.filter((c) => c.field === null || c.code.startsWith('G'));
      expect(general.map((c) => c.code).sort()).toEqual(['G1', 'G2', 'G3', 'G4']);
      for (const c of general) {
        expect(c).toMatchObject({ field: null, subjects: [], profiles: [], required: true });
      }
    });

    it('covers achievements, leading emulation, law-abiding with Hồ Chí Minh study, and solidarity', () => {
      const text = (code: string): string => PRESET_CRITERIA.find((c) => c.code === code)!.text;
      expect(text('G1')).toMatch(/thành tích tiêu biểu, xuất sắc/);
      expect(text('G2')).toMatch(/dẫn đầu trong các phong trào thi đua/);
      expect(text('G3')).toMatch(/pháp luật của Nhà nước.*Hồ Chí Minh/);
      expect(text('G4')).toMatch(/từ thiện nhân đạo/);
    });

    it('gives every field criterion a field and exactly one subject', () => {
      for (const c of PRESET_CRITERIA.filter((x) => !x.code.startsWith('G'))) {
        expect(c.field).not.toBeNull();
        expect(c.subjects).toHaveLength(1);
      }
    });
  });

  describe('eligibility', () => {
    it.each(eligiblePairs)('gives field %s subject %s at least one required criterion', (field, subject) => {
      expect(of(field, subject).some((c) => c.required)).toBe(true);
    });

    it.each(ineligiblePairs.map(([field, subject]) => [SUBJECT_NAMES[subject], field, subject] as const))(
      '%s has no criteria in field %s',
      (_name, field, subject) => {
        expect(of(field, subject)).toEqual([]);
      },
    );

    it('has criteria only for the plan fields 2.1–2.12', () => {
      const fields = new Set(PRESET_CRITERIA.flatMap((c) => (c.field === null ? [] : [c.field])));
      expect([...fields].sort()).toEqual(Object.keys(ELIGIBLE).sort());
    });
  });

  describe('named criteria', () => {
    it('makes 2.4.H7 the yearly “Gia đình văn hóa” title', () => {
      const h7 = PRESET_CRITERIA.find((c) => c.code === '2.4.H7');
      expect(h7).toMatchObject({ field: '2.4', subjects: ['H'], required: true });
      expect(h7!.text).toContain('“Gia đình văn hóa”');
    });

    it('has 2.4.H7 as the last of the seven household-economy criteria', () => {
      expect(of('2.4', 'H').map((c) => c.code)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `2.4.H${n}`));
    });

    it('ties 2.5 to the titles of Decree 122/2018/NĐ-CP', () => {
      expect(of('2.5', 'T').some((c) => c.text.includes('“Khu dân cư văn hóa”'))).toBe(true);
      expect(of('2.5', 'H').some((c) => c.text.includes('“Gia đình văn hóa”'))).toBe(true);
      for (const c of [...of('2.5', 'T'), ...of('2.5', 'H')]) expect(c.text).toContain('122/2018/NĐ-CP');
    });

    it('repeats the shared 2.2 individual/household text for households', () => {
      expect(of('2.2', 'H').map((c) => c.text)).toEqual(of('2.2', 'C').map((c) => c.text));
    });

    it('repeats the 2.12 text for collectives, individuals and households', () => {
      const texts = of('2.12', 'T').map((c) => c.text);
      expect(of('2.12', 'C').map((c) => c.text)).toEqual(texts);
      expect(of('2.12', 'H').map((c) => c.text)).toEqual(texts);
    });
  });

  describe('profiles', () => {
    it('splits 2.7 individuals into staff and learners', () => {
      expect(profilesOf('2.7', 'C')).toEqual(
        ['Cán bộ quản lý, giáo viên, nhân viên', 'Học sinh, sinh viên, học viên'].sort(),
      );
    });

    it('splits 2.10 collectives into Party organisations and associations', () => {
      expect(profilesOf('2.10', 'T')).toEqual(['Hội, đoàn thể', 'Tổ chức Đảng'].sort());
    });

    it.each([
      ['2.7', 'C'],
      ['2.10', 'T'],
    ] as const)(
      'gives each profile of %s %s at least one required criterion of its own',
      (field, subject) => {
        for (const profile of profilesOf(field, subject)) {
          expect(of(field, subject).some((c) => c.profiles.includes(profile) && c.required)).toBe(true);
        }
      },
    );

    it('uses no profile outside 2.7 individuals and 2.10 collectives', () => {
      const profiled = PRESET_CRITERIA.filter((c) => c.profiles.length > 0).map(
        (c) => `${c.field}.${c.subjects.join()}`,
      );
      expect([...new Set(profiled)].sort()).toEqual(['2.10.T', '2.7.C']);
    });
  });

  describe('texts', () => {
    it('gives every criterion a non-empty, trimmed text', () => {
      for (const c of PRESET_CRITERIA) {
        expect(c.text.length).toBeGreaterThan(0);
        expect(c.text).toBe(c.text.trim());
      }
    });

    it('stores every text in Unicode NFC', () => {
      for (const c of PRESET_CRITERIA) expect(c.text).toBe(c.text.normalize('NFC'));
    });

    it('starts every text with a capital letter and ends without a semicolon or full stop', () => {
      for (const c of PRESET_CRITERIA) {
        expect(c.text[0]).toBe(c.text[0].toLocaleUpperCase('vi'));
        expect(c.text).not.toMatch(/[;.]$/);
      }
    });

    it("uses the plan's curly quotation marks, never straight ones", () => {
      for (const c of PRESET_CRITERIA) expect(c.text).not.toMatch(/["*]/);
    });

    it('stores profiles in NFC too', () => {
      for (const c of PRESET_CRITERIA)
        for (const profile of c.profiles) expect(profile).toBe(profile.normalize('NFC'));
    });
  });
});
