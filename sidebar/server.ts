import type { SidebarData } from '../src/gas/print-links';
import type { RowCriteria } from '../src/core/jobs/row-criteria';
import type { Issue } from '../src/core/issues';

/** The server functions the sidebar calls, with what each returns (see src/gas/sidebar-api.ts). */
export interface ServerApi {
  getDashboard(): SidebarData;
  setMyUnit(code: string): SidebarData;
  jumpToCell(sheet: string, row: number, column: number): void;
  getRowCriteria(): RowCriteria;
  setRowCriteria(
    sheet: string,
    row: number,
    codes: string[],
  ): { codes: string[]; text: string; issues: Issue[] };
  runSidebarCommand(command: string): { message: string };
}

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/** google.script.run as a typed promise. */
export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(error));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
