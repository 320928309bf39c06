/**
 * A text as HTML (or SVG) character data or an attribute value: every character that could open
 * markup, end an attribute or start an entity is written as an entity, so a cell holding
 * `<script>` or `" onload="…` shows as those characters and never becomes markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
