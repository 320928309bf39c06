/** A problem with the command line or the input file: exit code 2 and one bilingual line, no stack trace. */
export class UsageError extends Error {
  constructor(
    readonly vietnamese: string,
    readonly english: string,
  ) {
    super(`${vietnamese} / ${english}`);
  }
}
