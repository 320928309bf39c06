import type * as SidebarApi from '../src/gas/sidebar-api';
import { hostErrorMessage } from './host-errors';

/** The server functions the sidebar calls: typed from the server module itself, so they cannot drift. */
export type ServerApi = Omit<typeof SidebarApi, 'SidebarCommand'>;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/** google.script.run as a typed promise; a failure carries a message a person can act on. */
export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new Error(hostErrorMessage(error))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
