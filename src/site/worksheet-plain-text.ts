/**
 * The worksheet as plain text (.txt), to open in Word or Notepad and send or paste into the
 * unit's report: the printed worksheet's words in its order (header, title, each area's answer
 * and counts, signature), a blank written as the printed one shows it, each answer under its box's
 * label (print shows ruled boxes instead). src/browser/worksheet-printed-parts.ts reads the parts
 * from the page; the .json file (worksheet-file.ts) stays the one that opens again.
 */

/** One area of the form, as printed. */
export interface WorksheetTextArea {
  /** A heading printed before it ("Chủ đề khác"), if it opens a group. */
  group?: string;
  title: string;
  /** As typed; blank when nothing was typed. */
  answer: string;
  counts: Array<{ label: string; value: string }>;
}

export interface WorksheetTextParts {
  /** The printed header's lines, its two columns one after the other, blanks already filled in ("…………"). */
  head: string[];
  /** The title and the line under it. */
  title: string[];
  areas: WorksheetTextArea[];
  /** The signature's lines. */
  sign: string[];
  /** What a box left empty shows ("…………"). */
  blank: string;
  /** The label of every area's answer, and of its counts. */
  answerLabel: string;
  countsLabel: string;
}

/** Windows' line ending: Notepad on an old PC shows the lines apart. */
const EOL = '\r\n';

/**
 * The text: a blank line between the parts, the typed text as typed (its own line breaks kept,
 * Windows' endings), a box left empty as a line of dots to write on. Starts with a byte order
 * mark, so that Word and Notepad read its Vietnamese as UTF-8.
 */
export function worksheetText(parts: WorksheetTextParts): string {
  const blocks: string[][] = [parts.head, parts.title];
  for (const area of parts.areas) {
    if (area.group) blocks.push([area.group]);
    const answer = area.answer.trim() ? area.answer.replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n') : [parts.blank];
    const block = [area.title, `${parts.answerLabel}:`, ...answer];
    if (area.counts.length) block.push(`${parts.countsLabel}:`, ...area.counts.map((count) => `- ${count.label}: ${count.value.trim() || parts.blank}`));
    blocks.push(block);
  }
  blocks.push(parts.sign);
  return `\uFEFF${blocks
    .filter((block) => block.length)
    .map((block) => block.join(EOL))
    .join(EOL + EOL)}${EOL}`;
}
