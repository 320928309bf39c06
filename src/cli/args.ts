import { parseYearRange } from '../core/years';
import { UsageError } from './usage-error';

export interface ParsedArgs {
  command: string | null;
  file: string | null;
  out: string | null;
  year: number | null;
  from: number | null;
  to: number | null;
  /** `template --from OLD.xlsx`: the workbook whose plan a new one carries forward. */
  fromFile: string | null;
  period: { from: number; to: number } | null;
  blank: boolean;
  /** `consolidate`/`report`: write only the council's tabs, without the input tabs and their personal data. */
  onlyCouncil: boolean;
  json: boolean;
  /** `models --write-codes --out F2`: write `Mã mô hình` where blank, into a new file. */
  writeCodes: boolean;
  help: boolean;
}

const VALUE_OPTIONS = new Set(['--out', '--year', '--from', '--to', '--period']);

function year(option: string, text: string): number {
  if (!/^\d{4}$/.test(text)) {
    throw new UsageError(
      `${option} cần một năm có 4 chữ số, không phải “${text}”.`,
      `${option} needs a 4-digit year, got "${text}".`,
    );
  }
  return Number(text);
}

function period(text: string): { from: number; to: number } {
  const range = parseYearRange(text);
  if (!range || range.from === range.to) {
    throw new UsageError(
      `--period cần một giai đoạn như 2026-2030, không phải “${text}”.`,
      `--period needs a range of years such as 2026-2030, got "${text}".`,
    );
  }
  return range;
}

/**
 * Parses `<command> [file] [--out F] [--year Y] [--from Y1 --to Y2] [--json] [--help]`, and for
 * `template`, `[--blank | --from OLD.xlsx --period Y1-Y2]`: there `--from` names a workbook.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: ParsedArgs = {
    command: null,
    file: null,
    out: null,
    year: null,
    from: null,
    to: null,
    fromFile: null,
    period: null,
    blank: false,
    onlyCouncil: false,
    json: false,
    writeCodes: false,
    help: false,
  };
  const positional: string[] = [];
  let fromText: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--blank') args.blank = true;
    else if (arg === '--only-council') args.onlyCouncil = true;
    else if (arg === '--write-codes') args.writeCodes = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (VALUE_OPTIONS.has(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) {
        throw new UsageError(`Thiếu giá trị sau ${arg}.`, `Missing a value after ${arg}.`);
      }
      if (arg === '--out') args.out = value;
      else if (arg === '--year') args.year = year(arg, value);
      else if (arg === '--from') fromText = value;
      else if (arg === '--period') args.period = period(value);
      else args.to = year(arg, value);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`Không hiểu tùy chọn “${arg}”.`, `Unknown option "${arg}".`);
    } else positional.push(arg);
  }
  if (positional.length > 2) {
    throw new UsageError(
      `Thừa tham số: ${positional.slice(2).join(' ')}.`,
      `Unexpected arguments: ${positional.slice(2).join(' ')}.`,
    );
  }
  args.command = positional[0] ?? null;
  args.file = positional[1] ?? null;
  if (fromText !== null) {
    if (args.command === 'template') args.fromFile = fromText;
    else args.from = year('--from', fromText);
  }
  return args;
}
