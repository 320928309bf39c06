import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
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
  /** `template --unit CODE --from WORKBOOK.xlsx`: a unit's own intake file, made offline. */
  unit: string | null;
  /** `consolidate`/`report`: the print view, one HTML page to print from a browser. */
  html: string | null;
  /** `report`: the draft báo cáo as a Word document (.docx). */
  docx: string | null;
  /** `consolidate`/`report`: write only the council's tabs, without the input tabs and their personal data. */
  onlyCouncil: boolean;
  json: boolean;
  /** `models --write-codes --out F2`: write `Mã mô hình` where blank, into a new file. */
  writeCodes: boolean;
  /** `check`: how many rows of issues to print (the summary and the JSON always cover all). */
  limit: number | null;
  help: boolean;
}

type Options = NonNullable<ParseArgsConfig['options']>;
const flag = { type: 'boolean' } as const;
const value = { type: 'string' } as const;
const HELP = { help: { ...flag, short: 'h' } } as const;

/**
 * Each command's own options: an option another command takes is an error here, never silently
 * ignored. `files` is how many file names the command takes before its options.
 */
export const COMMAND_OPTIONS: Record<string, { files: number; options: Options }> = {
  template: {
    files: 0,
    options: { ...HELP, out: value, blank: flag, from: value, period: value, unit: value },
  },
  check: { files: 1, options: { ...HELP, out: value, json: flag, limit: value } },
  quotas: { files: 1, options: { ...HELP, year: value, json: flag } },
  consolidate: { files: 1, options: { ...HELP, year: value, out: value, html: value, 'only-council': flag } },
  report: {
    files: 1,
    options: { ...HELP, from: value, to: value, out: value, html: value, docx: value, 'only-council': flag },
  },
  models: {
    files: 1,
    options: { ...HELP, from: value, to: value, json: flag, 'write-codes': flag, out: value },
  },
  'demo-workbook': { files: 0, options: { ...HELP, out: value } },
  'commune-workbook': { files: 0, options: { ...HELP, out: value } },
  help: { files: 1, options: HELP },
};

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

function limit(text: string): number {
  if (!/^\d{1,7}$/.test(text) || Number(text) < 1) {
    throw new UsageError(
      `--limit cần một số dòng lớn hơn 0, không phải “${text}”.`,
      `--limit needs a number of rows above 0, got "${text}".`,
    );
  }
  return Number(text);
}

/** node:util's parser, with its English errors said in Vietnamese and naming the command's options. */
function parseFor(command: string, argv: readonly string[]) {
  const { options, files } = COMMAND_OPTIONS[command];
  try {
    return parseNodeArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const option = /'(-{1,2}[^'\s]+)/.exec(text)?.[1] ?? text;
    const known = Object.keys(options)
      .map((o) => `--${o}`)
      .join(', ');
    const missingValue = /argument missing/i.test(text);
    throw new UsageError(
      missingValue
        ? `Thiếu giá trị sau ${option}.`
        : `Lệnh ${command} không có tùy chọn ${option}. Các tùy chọn của lệnh này: ${known}` +
            (files ? '.' : ` (không cần tên tệp).`),
      missingValue
        ? `Missing a value after ${option}.`
        : `${command} has no option ${option}; its options: ${known}.`,
    );
  }
}

/** Stops at a command the runner does not have, listing the ones it has. */
function unknownCommand(name: string): void {
  if (COMMAND_OPTIONS[name]) return;
  const names = Object.keys(COMMAND_OPTIONS).join(', ');
  throw new UsageError(
    `Không có lệnh “${name}”. Các lệnh: ${names}.`,
    `Unknown command "${name}"; the commands: ${names}.`,
  );
}

/**
 * Parses `<command> [file] [options]` with the command's own options (see COMMAND_OPTIONS); no command
 * runs the demo, `help [command]` and `--help` show the usage. For `template`, `--from` names a workbook.
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
    unit: null,
    html: null,
    docx: null,
    onlyCouncil: false,
    json: false,
    writeCodes: false,
    limit: null,
    help: false,
  };
  const first = argv[0];
  if (first === undefined) return args;
  if (first === '--help' || first === '-h') return { ...args, help: true };
  if (first.startsWith('-'))
    throw new UsageError(
      `Ghi tên lệnh trước các tùy chọn (ví dụ: check tệp.xlsx ${first}); xem “help”.`,
      `Give the command before its options (e.g. check file.xlsx ${first}); see "help".`,
    );
  unknownCommand(first);
  const { values, positionals } = parseFor(first, argv.slice(1));
  const max = COMMAND_OPTIONS[first].files;
  if (positionals.length > max) {
    throw new UsageError(
      `Thừa tham số: ${positionals.slice(max).join(' ')}.`,
      `Unexpected arguments: ${positionals.slice(max).join(' ')}.`,
    );
  }
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : null);
  const on = (name: string) => values[name] === true;
  if (first === 'help' && positionals[0]) unknownCommand(positionals[0]);
  if (first === 'help') return { ...args, help: true, command: positionals[0] ?? null };
  return {
    ...args,
    command: first,
    file: positionals[0] ?? null,
    out: text('out'),
    year: text('year') === null ? null : year('--year', text('year') as string),
    from: first !== 'template' && text('from') !== null ? year('--from', text('from') as string) : null,
    to: text('to') === null ? null : year('--to', text('to') as string),
    fromFile: first === 'template' ? text('from') : null,
    period: text('period') === null ? null : period(text('period') as string),
    blank: on('blank'),
    unit: first === 'template' ? text('unit') : null,
    html: text('html'),
    docx: text('docx'),
    onlyCouncil: on('only-council'),
    json: on('json'),
    writeCodes: on('write-codes'),
    limit: text('limit') === null ? null : limit(text('limit') as string),
    help: on('help'),
  };
}
