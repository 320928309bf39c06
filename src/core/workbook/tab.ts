import type { Grid } from '../cells';

/** One tab as read in a single batch: its name and every value of its data range. */
export interface TabData {
  name: string;
  values: Grid;
  /** Set when the add-on generated this tab (known by developer metadata, not by name). */
  generated?: string;
  /** The fingerprint stored when the add-on last wrote this generated tab, where the door keeps one. */
  fingerprint?: string;
}
