/**
 * DataValidationBuilder and DataValidation, for the two criteria our add-on uses: a list of values
 * and the values of a range. Other `require…` methods are absent, so using one fails loudly.
 */
import type { ValidationCriterion, ValidationRule } from './cells';
import { Counted } from './calls';
import type { SpreadsheetContext } from './context';
import { signatureError } from './errors';
import { regionOf } from './range';

type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GasValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** The rule behind a DataValidation argument; only rules built by this fake are accepted. */
export function ruleOf(value: unknown, method: string): ValidationRule {
  if (value instanceof FakeDataValidation) return value.rule;
  throw signatureError(method, [value]);
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

export class FakeDataValidationBuilder
  extends Counted
  implements Pick<GasBuilder, keyof FakeDataValidationBuilder & keyof GasBuilder>
{
  private criterion: ValidationCriterion | null = null;
  /** A new rule only warns on invalid input; setAllowInvalid(false) makes it reject. */
  private allowInvalid = true;
  constructor(private readonly ctx: SpreadsheetContext) {
    super(ctx.calls, 'DataValidationBuilder');
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

  setAllowInvalid(allowInvalidData: boolean): GasBuilder {
    this.hit('setAllowInvalid');
    this.allowInvalid = Boolean(allowInvalidData);
    return this.gas();
  }

  build(): GasValidation {
    this.hit('build');
    if (!this.criterion)
      throw new Error('The data validation rule has no criteria: call a require… method before build().');
    const rule: ValidationRule = Object.freeze({
      criterion: this.criterion,
      allowInvalid: this.allowInvalid,
    });
    return new FakeDataValidation(this.ctx, rule) as unknown as GasValidation;
  }
}

export class FakeDataValidation
  extends Counted
  implements Pick<GasValidation, keyof FakeDataValidation & keyof GasValidation>
{
  constructor(
    ctx: SpreadsheetContext,
    /** The immutable rule; cells share it. */
    readonly rule: ValidationRule,
  ) {
    super(ctx.calls, 'DataValidation');
  }
}
