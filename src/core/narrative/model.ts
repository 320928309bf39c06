import type { Draft } from '../reports/draft';
import type { Chart } from '../reports/svg-chart';

/**
 * A written report (báo cáo sơ kết / tổng kết) as plain data: the core composes it from the tally, and
 * each door draws it — a `.docx` offline, HTML in the print view. Nothing here knows either format.
 */

/** A piece of a sentence. `fill` marks a place only people can write: drawn as “[…]”, highlighted. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  fill?: boolean;
}

export type Block =
  /** Level 1: “I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI” (bold capitals); level 2: “1. Kết quả …” (bold). */
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** A body paragraph: justified, first line indented. */
  | { kind: 'paragraph'; runs: Run[] }
  /** Items introduced by “- ”, as Vietnamese administrative texts list things. */
  | { kind: 'list'; items: Run[][] }
  /** A small table of figures; the last row may be a total (bold). */
  | { kind: 'table'; headers: string[]; rows: (string | number)[][]; totalRow?: boolean }
  /** One of the period report's pictures, the same data the print view draws as SVG. */
  | { kind: 'chart'; chart: Chart };

export interface Annex {
  title: string;
  blocks: Block[];
}

export interface NarrativeReport {
  /** Decree 30 heading, left: the superior body (regular) over the issuing council (bold). */
  organization: string;
  council: string;
  /** Decree 30 heading, right: “<place>, ngày … tháng … năm …”. */
  place: string;
  /** “Số: …/BC-…”, left for the office to number. */
  number: string;
  /** “BÁO CÁO” and the line under it: “Sơ kết … giai đoạn 2021 – 2023”. */
  title: string;
  subtitle: string;
  blocks: Block[];
  /** Right of the signature: “TM. HỘI ĐỒNG …”, “CHỦ TỊCH”, the signer's name ('' = write by hand). */
  signature: { on: string; role: string; signer: string };
  /**
   * Long lists that would break the report's flow (every model replicated), each after the signature
   * on a page of its own, headed “PHỤ LỤC <n>” and its title, as councils attach them.
   */
  annexes: Annex[];
  /** Nơi nhận, without the last “Lưu: VT”. */
  recipients: string[];
  /** Set when the workbook's plan has errors: drawn as “DỰ THẢO — bảng tính còn lỗi”, no signature. */
  draft: Draft | null;
}
