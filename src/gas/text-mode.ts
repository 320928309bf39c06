/**
 * How text reaches a cell. 'plain': the cell is formatted as plain text first, so "=…" or "2.10" stays
 * what was written (the self-test confirms it on each host). 'apostrophe': the safe fallback if a host
 * ever stops honouring that format; every string goes in behind a leading apostrophe, which Sheets keeps
 * as "this is text" and does not show.
 */
export type TextMode = 'plain' | 'apostrophe';

const TEXT_MODE_KEY = 'dienhinh.textMode';

/** The mode the last self-test chose for this spreadsheet; plain until one says otherwise. */
export function textMode_(): TextMode {
  return PropertiesService.getDocumentProperties().getProperty(TEXT_MODE_KEY) === 'apostrophe'
    ? 'apostrophe'
    : 'plain';
}

export function setTextMode_(mode: TextMode): void {
  const properties = PropertiesService.getDocumentProperties();
  if (mode === 'plain') properties.deleteProperty(TEXT_MODE_KEY);
  else properties.setProperty(TEXT_MODE_KEY, mode);
}
