import { dataRange, type Grid } from '../../src/core/cells';
import {
  ProtectionFailed,
  WriteRefused,
  type FileAccess,
  type TabProtection,
  type Area,
  type CellBlock,
  type GeneratedTab,
  type Marks,
  type TabFormat,
  type WorkbookPort,
  type WriteTarget,
} from '../../src/core/port';
import type { TabData } from '../../src/core/workbook/tab';

/** A plain in-memory workbook for core tests: it records formats instead of applying them. */
export class MemoryPort implements WorkbookPort {
  readonly tabs = new Map<string, Grid>();
  readonly formats = new Map<string, TabFormat[]>();
  readonly backgrounds = new Map<string, (string | null)[][]>();
  readonly notes = new Map<string, string[][]>();
  /** Generated tabs by key, as last written, with the name they now have. */
  readonly generated = new Map<string, GeneratedTab>();
  /** Tabs (by name, or generated tabs by key) this port's user may not write. */
  readonly locked = new Set<string>();
  /** Every write method called, in order, to check that nothing is written after a refusal. */
  readonly writes: string[] = [];
  /** Every block written, where and what: to see that a job writes no wider than it must. */
  readonly blocks: (CellBlock & { tab: string })[] = [];
  /** Each protected tab's editors and description, as last set. */
  readonly protections = new Map<string, { editors: string[]; description: string }>();

  constructor(tabs: Record<string, Grid> = {}) {
    for (const [name, grid] of Object.entries(tabs))
      this.tabs.set(
        name,
        grid.map((row) => row.slice()),
      );
  }

  readTabs(): TabData[] {
    const byName = new Map([...this.generated.values()].map((g) => [g.name, g]));
    return [...this.tabs].map(([name, values]) => ({
      name,
      values: dataRange(values),
      generated: byName.get(name)?.key,
      fingerprint: byName.get(name)?.fingerprint,
    }));
  }

  ensureWritable(targets: WriteTarget[]): void {
    for (const target of targets) {
      const name = 'tab' in target ? target.tab : target.generated;
      if (this.locked.has(name)) throw new WriteRefused(`locked: ${name}`);
    }
  }

  /** Accounts a protection keeps although not asked for, as Sheets keeps the user running a command. */
  readonly stayingEditors: string[] = [];
  /** Who reaches the file, as planProtections tells it; null as in a door without accounts. */
  access: FileAccess | null = null;
  /** A tab whose protection the host refuses, with the host's reason. */
  refuseProtection: { tab: string; reason: string } | null = null;

  planProtections(): FileAccess | null {
    return this.access;
  }

  /** All or nothing, as the Sheets door: a refusal puts every protection back and throws. */
  protectTabs(protections: TabProtection[]): string[] {
    const before = new Map(this.protections);
    const staying = new Set<string>();
    for (const { tab, editors, description } of protections) {
      if (this.refuseProtection?.tab === tab) {
        this.protections.clear();
        before.forEach((value, key) => this.protections.set(key, value));
        throw new ProtectionFailed(tab, this.refuseProtection.reason);
      }
      this.writes.push(`protectTab ${tab}`);
      this.protections.set(tab, { editors, description });
      for (const e of this.stayingEditors) if (!editors.includes(e)) staying.add(e);
    }
    return [...staying];
  }

  removeTab(name: string): void {
    this.writes.push(`removeTab ${name}`);
    this.tabs.delete(name);
  }

  addTab(name: string): void {
    this.writes.push(`addTab ${name}`);
    if (this.tabs.has(name)) throw new Error(`tab exists: ${name}`);
    this.tabs.set(name, []);
  }

  writeCells(tab: string, block: CellBlock): void {
    this.writes.push(`writeCells ${tab}`);
    this.blocks.push({ tab, ...block });
    const grid = this.tabs.get(tab);
    if (!grid) throw new Error(`no tab ${tab}`);
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const target = (grid[block.row - 1 + r] ??= []);
        target[block.column - 1 + c] = value;
      }),
    );
  }

  formatTab(tab: string, format: TabFormat): string[] {
    this.writes.push(`formatTab ${tab}`);
    this.formats.set(tab, [...(this.formats.get(tab) ?? []), format]);
    return [];
  }

  readMarks(tab: string, area: Area): Marks {
    const pick = <T>(grid: T[][] | undefined, blank: T) =>
      Array.from({ length: area.rows }, (_, r) =>
        Array.from(
          { length: area.columns },
          (_, c) => grid?.[area.row - 1 + r]?.[area.column - 1 + c] ?? blank,
        ),
      );
    return { backgrounds: pick(this.backgrounds.get(tab), null), notes: pick(this.notes.get(tab), '') };
  }

  writeMarks(tab: string, area: Area, marks: Marks): void {
    this.writes.push(`writeMarks ${tab}`);
    const put = <T>(store: Map<string, T[][]>, values: T[][]) => {
      const grid = store.get(tab) ?? [];
      values.forEach((row, r) =>
        row.forEach((v, c) => ((grid[area.row - 1 + r] ??= [])[area.column - 1 + c] = v)),
      );
      store.set(tab, grid);
    };
    put(this.backgrounds, marks.backgrounds);
    put(this.notes, marks.notes);
  }

  replaceGeneratedTab(tab: GeneratedTab, options: { keepOldAs?: string } = {}): void {
    this.writes.push(`replaceGeneratedTab ${tab.key}`);
    const previous = this.generated.get(tab.key);
    const name = previous?.name ?? tab.name;
    if (previous && options.keepOldAs) {
      this.tabs.set(options.keepOldAs, this.tabs.get(name) ?? []);
      const key = `backup:${tab.key}`;
      this.generated.set(key, { ...previous, key, name: options.keepOldAs, fingerprint: undefined });
    }
    this.tabs.delete(name);
    this.tabs.set(
      name,
      tab.values.map((row) => row.slice()),
    );
    this.generated.set(tab.key, { ...tab, name });
  }

  /** A user renames a tab; a generated tab keeps its key, as developer metadata does in Sheets. */
  rename(from: string, to: string): void {
    const grid = this.tabs.get(from);
    if (!grid) throw new Error(`no tab ${from}`);
    this.tabs.delete(from);
    this.tabs.set(to, grid);
    for (const tab of this.generated.values()) if (tab.name === from) tab.name = to;
  }
}
