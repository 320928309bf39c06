/**
 * DataValidationBuilder and DataValidation, for the two criteria our add-on uses: a list of values
 * and the values of a range. Other `require…` methods are absent, so using one fails loudly.
 */
import type { ValidationCriterion, ValidationRule } from './cells';
import { Counted } from './calls';
import type { SpreadsheetContext } from './context';
import { DataValidationCriteria, enumName } from './enums';
import { signatureError } from './errors';
import { FakeRange, regionOf } from './range';

type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GasValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** The rule behind a DataValidation argument; only rules built by this fake are accepted. */
export function ruleOf(value: unknown, method: string): ValidationRule {
  if (value instanceof FakeDataValidation) return value.rule;
  throw signatureError(method, [value]);
}

function criteriaType(criterion: ValidationCriterion | null): GasCriteria {
  // Apps Script answers null before any criteria is set; the typings do not admit it.
  return criterion ? DataValidationCriteria[criterion.type] : (null as unknown as GasCriteria);
}

function criteriaValues(ctx: SpreadsheetContext, criterion: ValidationCriterion | null): unknown[] {
  if (!criterion) return [];
  if (criterion.type === 'VALUE_IN_LIST') return [criterion.values.slice(), criterion.showDropdown];
  return [new FakeRange(ctx, criterion.range), criterion.showDropdown];
}

function listCriterion(values: unknown, showDropdown: unknown, method: string): ValidationCriterion {
  if (!Array.isArray(values)) throw signatureError(method, [values, showDropdown]);
  return {
    type: 'VALUE_IN_LIST',
    values: values.map((v) => String(v)),
    showDropdown: showDropdown !== false,
  };
}

function rangeCriterion(range: unknown, showDropdown: unknown, method: string): ValidationCriterion {
  return { type: 'VALUE_IN_RANGE', range: regionOf(range, method), showDropdown: showDropdown !== false };
}

/** A builder's settings; a built rule is one too, which is how DataValidation.copy() starts. */
interface BuilderState {
  criterion: ValidationCriterion | null;
  allowInvalid: boolean;
  helpText: string | null;
}

export class FakeDataValidationBuilder
  extends Counted
  implements Pick<GasBuilder, keyof FakeDataValidationBuilder & keyof GasBuilder>
{
  private criterion: ValidationCriterion | null;
  /** A new rule only warns on invalid input; setAllowInvalid(false) makes it reject. */
  private allowInvalid: boolean;
  private helpText: string | null;

  constructor(
    private readonly ctx: SpreadsheetContext,
    from?: BuilderState,
  ) {
    super(ctx.calls, 'DataValidationBuilder');
    this.criterion = from?.criterion ?? null;
    this.allowInvalid = from?.allowInvalid ?? true;
    this.helpText = from?.helpText ?? null;
  }

  private gas(): GasBuilder {
    return this as unknown as GasBuilder;
  }

  requireValueInList(values: string[], showDropdown?: boolean): GasBuilder {
    this.hit('requireValueInList');
    this.criterion = listCriterion(
      values,
      showDropdown,
      'SpreadsheetApp.DataValidationBuilder.requireValueInList',
    );
    return this.gas();
  }

  requireValueInRange(range: GasRange, showDropdown?: boolean): GasBuilder {
    this.hit('requireValueInRange');
    this.criterion = rangeCriterion(
      range,
      showDropdown,
      'SpreadsheetApp.DataValidationBuilder.requireValueInRange',
    );
    return this.gas();
  }

  withCriteria(criteria: GasCriteria, args: unknown[]): GasBuilder {
    this.hit('withCriteria');
    const method = 'SpreadsheetApp.DataValidationBuilder.withCriteria';
    const type = enumName(criteria, 'DataValidationCriteria', method);
    if (!Array.isArray(args)) throw signatureError(method, [criteria, args]);
    if (type === 'VALUE_IN_LIST') this.criterion = listCriterion(args[0], args[1], method);
    else if (type === 'VALUE_IN_RANGE') this.criterion = rangeCriterion(args[0], args[1], method);
    else throw new Error(`The fake DataValidationBuilder does not support ${type}.`);
    return this.gas();
  }

  setAllowInvalid(allowInvalidData: boolean): GasBuilder {
    this.hit('setAllowInvalid');
    this.allowInvalid = Boolean(allowInvalidData);
    return this.gas();
  }

  setHelpText(helpText: string): GasBuilder {
    this.hit('setHelpText');
    this.helpText = String(helpText);
    return this.gas();
  }

  getAllowInvalid(): boolean {
    this.hit('getAllowInvalid');
    return this.allowInvalid;
  }

  getCriteriaType(): GasCriteria {
    this.hit('getCriteriaType');
    return criteriaType(this.criterion);
  }

  getCriteriaValues(): unknown[] {
    this.hit('getCriteriaValues');
    return criteriaValues(this.ctx, this.criterion);
  }

  getHelpText(): string | null {
    this.hit('getHelpText');
    return this.helpText;
  }

  copy(): GasBuilder {
    this.hit('copy');
    const state = { criterion: this.criterion, allowInvalid: this.allowInvalid, helpText: this.helpText };
    return new FakeDataValidationBuilder(this.ctx, state) as unknown as GasBuilder;
  }

  build(): GasValidation {
    this.hit('build');
    if (!this.criterion)
      throw new Error('The data validation rule has no criteria: call a require… method before build().');
    const rule: ValidationRule = Object.freeze({
      criterion: this.criterion,
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
    return new FakeDataValidation(this.ctx, rule);
  }
}

export class FakeDataValidation
  extends Counted
  implements Pick<GasValidation, keyof FakeDataValidation & keyof GasValidation>
{
  constructor(
    private readonly ctx: SpreadsheetContext,
    /** The immutable rule; cells share it. */
    readonly rule: ValidationRule,
  ) {
    super(ctx.calls, 'DataValidation');
  }

  getAllowInvalid(): boolean {
    this.hit('getAllowInvalid');
    return this.rule.allowInvalid;
  }

  getCriteriaType(): GasCriteria {
    this.hit('getCriteriaType');
    return criteriaType(this.rule.criterion);
  }

  /** [values[], showDropdown] for a list, [Range, showDropdown] for a range, as in Apps Script. */
  getCriteriaValues(): unknown[] {
    this.hit('getCriteriaValues');
    return criteriaValues(this.ctx, this.rule.criterion);
  }

  /** Null when none was set, as documented, although the typings say string. */
  getHelpText(): string {
    this.hit('getHelpText');
    return this.rule.helpText as string;
  }

  copy(): GasBuilder {
    this.hit('copy');
    return new FakeDataValidationBuilder(this.ctx, this.rule) as unknown as GasBuilder;
  }
}
