import { UsageError } from './usage-error';

export interface ParsedArgs {
  command: string | null;
  file: string | null;
  out: string | null;
  year: number | null;
  from: number | null;
  to: number | null;
  json: boolean;
  help: boolean;
}

const VALUE_OPTIONS = new Set(['--out', '--year', '--from', '--to']);

function year(option: string, text: string): number {
  if (!/^\d{4}$/.test(text)) {
    throw new UsageError(
      `${option} cần một năm có 4 chữ số, không phải “${text}”.`,
      `${option} needs a 4-digit year, got "${text}".`,
    );
  }
  return Number(text);
}

/** Parses `<command> [file] [--out F] [--year Y] [--from Y1 --to Y2] [--json] [--help]`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: ParsedArgs = {
    command: null,
    file: null,
    out: null,
    year: null,
    from: null,
    to: null,
    json: false,
    help: false,
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (VALUE_OPTIONS.has(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) {
        throw new UsageError(`Thiếu giá trị sau ${arg}.`, `Missing a value after ${arg}.`);
      }
      if (arg === '--out') args.out = value;
      else if (arg === '--year') args.year = year(arg, value);
      else if (arg === '--from') args.from = year(arg, value);
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
  return args;
}
