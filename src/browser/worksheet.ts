/**
 * The Part B worksheet (classic script file: runs from file://). What is typed is saved
 * (worksheet-storage.ts: localStorage, under this outline's own key) shortly after each pause in
 * typing and at once when the teacher leaves a box or the page; another tab's typing is merged
 * field by field, and a text box two tabs changed at once keeps both changes (one text where they
 * are in different places of it, else this tab's text and the other's words under a line; a date
 * or a count, which holds one value, the one typed here, and the page says the other); a file is read only
 * after the teacher has seen what it holds, and replaces the worksheet or is added to it (another
 * teacher's Part B: addWorksheet); "Hoàn tác" brings back what an import, a merge or a
 * clearing replaced (pressed again, the one before, and in the end back: src/site/worksheet-undo.ts
 * keeps ten). A bad file changes nothing and says so; where storage is full or refused, a file
 * opens on an empty worksheet only, on screen, and the page says it is not saved; while the text
 * cannot be saved, a line at the foot of the screen says so, and leaving the page asks first. Until this
 * script has started, the page says that nothing is saved (a server's policy may block
 * scripts), and what is typed meanwhile is kept when it starts. Besides the .json file, the
 * worksheet saves as plain text to open in Word (worksheet-printed-parts.ts).
 */
import { t } from './embedded-strings';
import type { UiKey } from '../site/ui-strings';
import { type FieldInfo, isBlank, lastSavedAt, parseStored, stampAll, undoKey, unknownBoxes, type WorksheetData } from '../site/worksheet';
import { exportWorksheet, MAX_FILE_BYTES, parseWorksheetFile, worksheetFileName } from '../site/worksheet-file';
import { addWorksheet, caretAfterChange, changedElsewhere, joinConflict, mergeEdits, mergeWorksheets, savedTextLost } from '../site/worksheet-merge';
import { keepForUndo, type KeptWorksheet, nextKept, parseUndo, undoStep } from '../site/worksheet-undo';
import { dateAsRead, isCount, printedUnitName, UNIT_FIELDS } from '../site/worksheet-values';
import { worksheetText } from '../site/worksheet-plain-text';
import { plainTextParts } from './worksheet-printed-parts';
import { worksheetStorage } from './worksheet-storage';

/** How long after the last keystroke the text is saved: typing stays smooth however long the text. */
const SAVE_DELAY_MS = 400;

const form = document.querySelector<HTMLFormElement>('[data-worksheet]')!;
/** The status lines above and below the form (the controls stand in both places); both say the same. */
const statuses = [...form.querySelectorAll<HTMLElement>('[data-worksheet-status]')];
const undoButtons = [...form.querySelectorAll<HTMLButtonElement>('[data-action="undo"]')];
const inputs = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')];
const byName = new Map(inputs.map((input) => [input.name, input]));
const key = form.dataset.storageKey!;
const store = worksheetStorage(key);
/** How the page names a box (its data-label, written at build time: "Cải cách thể chế – Kết quả, …"). */
function labelOf(input: HTMLInputElement | HTMLTextAreaElement): string {
  return input.dataset.label || (document.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.name).trim();
}
const fields = new Map<string, FieldInfo>(
  inputs.map((input) => [input.name, { label: labelOf(input), kind: input.type === 'date' ? 'date' : 'count' in input.dataset ? 'count' : 'text' }]),
);
const label = (name: string) => fields.get(name)?.label ?? name;

function say(message: string, kind: 'ok' | 'error' = 'ok'): void {
  for (const status of statuses) {
    status.textContent = message;
    status.dataset.kind = kind;
  }
}

/**
 * While what is typed cannot be saved (storage full or refused), a line stays at the foot of
 * the screen, wherever the teacher is in the long form, with the way to keep the text; and
 * leaving the page asks first. It goes once a save succeeds.
 */
const unsavedLine = document.createElement('p');
unsavedLine.className = 'worksheet-alert';
unsavedLine.setAttribute('role', 'alert');
unsavedLine.hidden = true;
form.append(unsavedLine);
/** Its height, for the page to scroll a box reached with Tab above it (worksheet.css); it wraps anew when the phone turns. */
const keepAlertHeight = () => document.documentElement.style.setProperty('--worksheet-alert-height', `${unsavedLine.offsetHeight}px`);
if ('ResizeObserver' in window) new ResizeObserver(keepAlertHeight).observe(unsavedLine);
// A field reached with Tab whose first lines the line would cover scrolls up above it (the browser
// scrolls only a field it cannot see at all; a tall answer box's top is often just above the line).
form.addEventListener('focusin', (event) => {
  if (unsavedLine.hidden || !(event.target instanceof HTMLElement) || unsavedLine.contains(event.target)) return;
  const field = event.target.getBoundingClientRect();
  const covered = field.top + Math.min(field.height, 60) - unsavedLine.getBoundingClientRect().top;
  if (covered > 0) scrollBy(0, covered + 8);
});
/** While the text is not saved, leaving the page asks first (only then: the listener would keep the page out of some browsers' back-forward cache). */
function askBeforeLeaving(event: BeforeUnloadEvent): void {
  // A last try; if it fails too, the browser asks before the page and its text go.
  if (dirty.size === 0 || save()) return;
  event.preventDefault();
  // Older browsers ask only when this is set (deprecated, still read).
  (event as { returnValue: unknown }).returnValue = '';
}
function showUnsaved(unsaved: boolean): void {
  if (!unsaved) {
    unsavedLine.hidden = true;
    unsavedLine.replaceChildren();
    removeEventListener('beforeunload', askBeforeLeaving);
    return;
  }
  addEventListener('beforeunload', askBeforeLeaving);
  if (!unsavedLine.hidden) return;
  const keepButton = document.createElement('button');
  keepButton.type = 'button';
  keepButton.dataset.action = 'export';
  keepButton.textContent = t('worksheet.export');
  unsavedLine.replaceChildren(t('worksheet.unsaved'), ' ', keepButton);
  unsavedLine.hidden = false;
  keepAlertHeight();
}

function showUndo(shown: boolean): void {
  for (const button of undoButtons) button.hidden = !shown;
}

let data: WorksheetData = store.load();
/** Each field as this tab last saved or received it, with its time: what another tab's change is compared with. */
const known = new Map(Object.entries(data.fields));
/** Each field's text before this tab's last save changed it: a tab that saved at the same moment may write it back (changedElsewhere). */
const textBeforeSave = new Map<string, string>();
/** Fields typed in here and not saved yet. */
const dirty = new Set<string>();

/** Text brought over from another key becomes this tab's worksheet, as if it had been read from storage. */
function adopt(brought: WorksheetData | undefined): boolean {
  if (!brought) return false;
  data = brought;
  for (const [name, field] of Object.entries(data.fields)) known.set(name, field);
  return true;
}

/**
 * Saves what this tab typed, after merging what another tab saved meanwhile (its storage event
 * can come late). A text field both changed keeps both changes (worksheet-merge.ts: mergeEdits,
 * joinConflict); a date or a count, this tab's value, and the page says the other's. On failure (storage full or refused) the text
 * stays on screen and the page says so.
 */
function save(): boolean {
  window.clearTimeout(timer);
  const stored = store.load();
  // The boxes not typed in here show what was saved meanwhile, before anything is written over it.
  const received = receive(stored);
  const both: string[] = [];
  /** Dates and counts changed in both tabs: this tab's value is kept, the other's said. */
  const oneKept: Array<{ field: string; theirs: string }> = [];
  for (const name of dirty) {
    // Changed elsewhere: saved after what this tab knows, with other text. Older text (another
    // tab saving at the same moment wrote back what it had read) is no change.
    const theirs = changedElsewhere(stored.fields[name], known.get(name), textBeforeSave.get(name));
    let value = data.fields[name]?.value ?? '';
    if (theirs && fields.get(name)?.kind !== 'text') {
      if (theirs.value !== '' && theirs.value !== value) oneKept.push({ field: label(name), theirs: dateRead(theirs.value)?.words ?? theirs.value });
    } else if (theirs) {
      // Changed elsewhere too: one text with both changes where they are in different places of
      // the text both had; else both texts, this tab's first, then what the other tab wrote.
      // Nothing to join (this box holds the other text already, or the other tab emptied it): the
      // text typed here stays. The text both had is what this tab knows when the other saved after
      // it (a tab holds back another's text only while typing in that box, and its save joins
      // them); an older save written back started from something else: its whole text is kept.
      const mineKnown = known.get(name);
      const base = theirs.at > (mineKnown?.at ?? 0) ? (mineKnown?.value ?? '') : undefined;
      const merged = base === undefined ? undefined : mergeEdits(base, value, theirs.value);
      const joined = merged ?? joinConflict(value, theirs.value, t('worksheet.otherTabText'), isOneLine(name), base);
      if (joined !== undefined && joined !== value) {
        value = joined;
        setKeepingCaret(byName.get(name)!, joined);
        showForPrint(name, joined);
        (merged === undefined ? both : received).push(label(name));
      }
    }
    // Stamped after what is stored, whatever the clocks say, so the merge below keeps what was typed here.
    data.fields[name] = { value, at: Math.max(Date.now(), (stored.fields[name]?.at ?? 0) + 1) };
  }
  data = mergeWorksheets(data, stored);
  // When storage is full, the worksheets kept for "Hoàn tác" give way first (worksheet-storage.ts).
  const { saved, dropped, keptLeft } = store.save(data);
  if (keptLeft !== undefined) showUndo(keptLeft > 0);
  if (!saved) {
    say(t('worksheet.storageFull'), 'error');
    showUnsaved(true);
    return false;
  }
  showUnsaved(false);
  for (const [name, field] of Object.entries(data.fields)) {
    const before = known.get(name);
    if (before && before.value !== field.value) textBeforeSave.set(name, before.value);
    known.set(name, field);
  }
  dirty.clear();
  const conflicts = [
    ...(both.length ? [t('worksheet.otherTabBoth', { fields: both.join('”, “') })] : []),
    ...(oneKept.length ? [t('worksheet.otherTabKept', { fields: oneKept.map((kept) => kept.field).join('”, “'), theirs: oneKept.map((kept) => kept.theirs).join('; ') })] : []),
    ...(earlyBoth.length ? [t('worksheet.savedBeforeBoth', { fields: earlyBoth.splice(0).join('”, “') })] : []),
  ];
  const time = new Date().toLocaleTimeString('vi-VN');
  if (dropped) conflicts.unshift(t('worksheet.savedUndoDropped', { time, dropped, left: keptLeft ?? 0 }));
  if (conflicts.length) say(conflicts.join(' '), 'error');
  else if (received.length) say(t('worksheet.otherTab', { fields: received.join('”, “') }));
  else say(t('worksheet.saved', { time }));
  return true;
}

/** A box of one line (an input, not a textarea): it drops line breaks. */
const isOneLine = (name: string) => !(byName.get(name) instanceof HTMLTextAreaElement);

/** Boxes where text typed before the script came was joined to text saved before: said at the first save. */
const earlyBoth: string[] = [];

/** The date box's value read (dateAsRead), as the page shows it under the box and prints it in the header. */
const dateRead = (value: string) => dateAsRead(value, Number(byName.get('date')?.dataset.outlineYear ?? new Date().getFullYear()), new Date().getFullYear());

/** The typed text shown where print needs it: under each textarea and in the printed header. */
function showForPrint(name: string, typed: string): void {
  // Only spaces or blank lines print as an empty box: its ruled lines, not a blank gap.
  const value = typed.trim() === '' ? '' : typed;
  for (const el of document.querySelectorAll<HTMLElement>(`[data-print-for="${name}"], [data-print-field="${name}"]`)) {
    el.textContent = name === 'date' ? (dateRead(value)?.words ?? '') : 'printField' in el.dataset && UNIT_FIELDS.has(name) ? printedUnitName(value) : value;
  }
}

/**
 * A count box holding what is no count ("12 hồ sơ", "-3") says so under it, as it is typed: it
 * is kept as typed (a text box, not a number box: Firefox let a number box take letters and gave
 * back nothing, so the text was lost), but the unit's report needs a whole number from 0.
 */
function checkCount(input: HTMLInputElement | HTMLTextAreaElement): void {
  if (!('count' in input.dataset)) return;
  const wrong = input.value !== '' && !isCount(input.value.trim());
  const note = document.getElementById(`${input.id}-note`);
  if (note) note.hidden = !wrong;
  // Described by the note only while it is shown: a screen reader reads a hidden note it is pointed at.
  if (wrong) {
    input.setAttribute('aria-invalid', 'true');
    if (note) input.setAttribute('aria-describedby', note.id);
  } else {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
}

/**
 * Under the date box, the date it holds as the printed header will write it: a date box follows
 * the browser's language, and one set to English takes "20/10/2024" month first. A year far
 * from both the outline's and this year (a slip, or Firefox's "0004") is asked about.
 */
function readDateBack(input: HTMLInputElement | HTMLTextAreaElement): void {
  // (The date box alone has the outline's year; every other box returns here, at each keystroke.)
  if (!input.dataset.outlineYear) return;
  const line = document.getElementById(`${input.id}-read`);
  if (!line) return;
  const read = dateRead(input.value);
  line.hidden = !read;
  line.toggleAttribute('data-far', Boolean(read?.farYear));
  const far = read?.farYear ? ` ${t('worksheet.dateFarYear', { year: read.year, outlineYear: input.dataset.outlineYear })}` : '';
  line.textContent = read ? `${t('worksheet.dateRead', { date: read.words })}${far}` : '';
  // Read with the box by a screen reader, while it says something, before the box's example.
  const described = [read ? line.id : '', document.getElementById(`${input.id}-example`)?.id ?? ''].filter(Boolean).join(' ');
  if (described) input.setAttribute('aria-describedby', described);
  else input.removeAttribute('aria-describedby');
}

/** A box's value shown where else the page needs it: in print, in the count's note, in the date's words. */
function showValue(input: HTMLInputElement | HTMLTextAreaElement): void {
  showForPrint(input.name, input.value);
  checkCount(input);
  readDateBack(input);
}

/** Puts the text of `data` in the boxes (all of them, or those not being typed in). */
function fill(all = true): void {
  for (const input of inputs) {
    if (!all && dirty.has(input.name)) continue;
    input.value = data.fields[input.name]?.value ?? '';
    showValue(input);
  }
}

let timer: number | undefined;
form.addEventListener('input', (event) => {
  const input = event.target as HTMLInputElement;
  if (!fields.has(input.name)) return;
  data.fields[input.name] = { value: input.value, at: Date.now() };
  dirty.add(input.name);
  showValue(input);
  window.clearTimeout(timer);
  timer = window.setTimeout(save, SAVE_DELAY_MS);
});
// Leaving a box, or the page, saves at once: a reload never loses the last words.
form.addEventListener('focusout', () => dirty.size > 0 && save());
window.addEventListener('pagehide', () => dirty.size > 0 && save());
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && dirty.size > 0 && save());

/** Puts `value` in a box; a box being typed in keeps its cursor by the text it was next to (caretAfterChange). */
function setKeepingCaret(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const before = input.value;
  const caret = document.activeElement === input ? input.selectionStart : null;
  input.value = value;
  if (caret === null) return;
  const at = caretAfterChange(before, value, caret);
  input.setSelectionRange(at, at);
}

/**
 * Brings what was saved elsewhere (another tab, or this page while it sat in the browser's
 * back-forward cache) into every box not being typed in, newer text only; returns their labels.
 */
function receive(theirs: WorksheetData): string[] {
  const changed: string[] = [];
  for (const [name, field] of Object.entries(theirs.fields)) {
    const mine = data.fields[name];
    if (mine && mine.at >= field.at) continue;
    // Typed here and not saved yet: the save joins both texts.
    if (dirty.has(name)) continue;
    data.fields[name] = field;
    known.set(name, field);
    const input = byName.get(name);
    if (!input || input.value === field.value) continue;
    setKeepingCaret(input, field.value);
    showValue(input);
    changed.push(label(name));
  }
  return changed;
}

window.addEventListener('storage', (event) => {
  // Another tab's import, clearing or "Hoàn tác" changes what this tab can bring back.
  if (event.key === undoKey(key)) showUndo(parseUndo(event.newValue).length > 0);
  if (event.key !== key) return;
  const stored = parseStored(event.newValue);
  const changed = receive(stored);
  if (changed.length) say(t('worksheet.otherTab', { fields: changed.join('”, “') }));
  // Another tab saving at the same moment as this one wrote over this tab's text, saved a moment
  // before: saved again, as if typed here (save() keeps both where the other tab typed its own).
  // Checked against storage as it is now: an event can come after this tab's own later save.
  const lost = savedTextLost(known, store.load(), dirty);
  if (lost.length) {
    for (const name of lost) dirty.add(name);
    save();
  }
});
// Back to this page from the browser's cache: no storage event told it what changed meanwhile.
window.addEventListener('pageshow', (event) => {
  if (!event.persisted) return;
  const changed = receive(store.load());
  if (changed.length) say(t('worksheet.otherTab', { fields: changed.join('”, “') }));
});

/** Offers `blob` to save as `name` (the browser's downloads). */
function offerFile(name: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

const fileNameParts = () => ({ cell: data.fields.cell?.value, reporter: data.fields.reporter?.value });

/** The .json file that opens again on this page (worksheet-file.ts): the text typed saved first (merged with another tab's). */
function download(): void {
  if (dirty.size) save();
  const name = worksheetFileName(fileNameParts());
  offerFile(name, new Blob([exportWorksheet(data, form.dataset.outline ?? '')], { type: 'application/json' }));
  say(t('worksheet.exported', { file: name }));
}

/** The plain text, to read, send or paste in Word (worksheet-plain-text.ts): the text typed saved first, as for the .json file. */
function downloadText(): void {
  if (dirty.size) save();
  const name = worksheetFileName(fileNameParts(), 'txt');
  offerFile(name, new Blob([worksheetText(plainTextParts(form))], { type: 'text/plain;charset=utf-8' }));
  say(t('worksheet.exportedText', { file: name }));
}

/**
 * Puts another worksheet in place of the whole one on screen (an import, a clearing, "Hoàn
 * tác"): `step` says which, from the worksheet as it is now and the earlier ones kept for "Hoàn
 * tác", and what to keep of them (src/site/worksheet-undo.ts: keepForUndo, undoStep). Written so that
 * no failure loses either: first the list of kept worksheets with the coming one in it too, then
 * the worksheet; if that fails (storage full), the screen stays as it was.
 */
function replaceAll(step: (current: WorksheetData, kept: KeptWorksheet[]) => { next: WorksheetData; kept: KeptWorksheet[] } | undefined, refused: UiKey = 'worksheet.replaceRefused'): boolean {
  if (dirty.size) save();
  // What another tab saved meanwhile is on screen before anything is kept or replaced.
  receive(store.load());
  const current = data;
  const chosen = step(current, store.kept());
  if (!chosen) return false;
  const withNext = chosen.kept.concat({ data: chosen.next, kept: nextKept(chosen.kept) });
  if (!store.keep(withNext)) {
    // Storage refused or full. An empty worksheet has nothing to lose: the file opens on screen,
    // not saved (a private window, a teacher's file opened on another machine). Text on screen
    // would be lost, with nothing to bring it back: it stays, and the page says how to keep it.
    if (!isBlank(current)) {
      say(t(refused), 'error');
      return false;
    }
    // Not saved here: with storage full, saving would drop the worksheets kept for "Hoàn tác"
    // without a word; the next keystroke saves, as typing does (they give way to what is typed).
    data = chosen.next;
    fill();
    for (const name of fields.keys()) dirty.add(name);
    showUnsaved(true);
    say(t('worksheet.shownUnsaved'), 'error');
    return false;
  }
  const typedBefore = [...dirty];
  // Every field stamped now, so another open tab cannot bring old text back; a box this page no
  // longer has, too: cleared, it stays cleared.
  data = stampAll([...fields.keys(), ...Object.keys(current.fields)], chosen.next, Date.now());
  fill();
  for (const name of fields.keys()) dirty.add(name);
  if (!save()) {
    data = current;
    fill();
    dirty.clear();
    for (const name of typedBefore) dirty.add(name);
    showUnsaved(dirty.size > 0);
    showUndo(true);
    return false;
  }
  store.keep(chosen.kept);
  showUndo(chosen.kept.length > 0);
  return true;
}

/** An import or a clearing: `next` replaces the worksheet, which is kept for "Hoàn tác". */
const replaceWith = (next: WorksheetData) => replaceAll((current, kept) => ({ next, kept: keepForUndo(kept, current) }));

/**
 * A worksheet file read and shown to the teacher before anything changes: undefined when it is
 * bad (the page says why) or the teacher says no. `mode`: it replaces the worksheet (import) or is
 * added to it (merge, addWorksheet).
 */
async function readFileAsked(file: File, mode: 'import' | 'merge'): Promise<{ incoming: WorksheetData; cleaned: string[]; unknown: string } | undefined> {
  // The size is checked before reading, so a huge file is never loaded.
  const text = file.size > 0 && file.size <= MAX_FILE_BYTES ? await file.text() : '';
  const result = parseWorksheetFile(text, file.size, fields);
  if (!result.ok) {
    // The messages name a box by its label (parseWorksheetFile gives it as `name`).
    say(t(result.key, { ...result.vars, label: String(result.vars?.name ?? '') }), 'error');
    return undefined;
  }
  const { data: incoming, exportedAt, filled, cleaned, unknown } = result.file;
  // Whose: the cell's name, or the reporter's (the outline's title would read "phiếu của Đề cương …").
  const whose = incoming.fields.cell?.value || incoming.fields.reporter?.value || t('worksheet.unknownOwner');
  const when = exportedAt && !Number.isNaN(Date.parse(exportedAt)) ? new Date(exportedAt).toLocaleString('vi-VN') : t('worksheet.unknownTime');
  const vars = { file: file.name, whose, when, count: filled.length, fields: filled.map(label).join('; ') || '—' };
  if (!window.confirm(t(mode === 'import' ? 'worksheet.confirmImport' : 'worksheet.confirmMerge', vars))) {
    say(t(mode === 'import' ? 'worksheet.importCancelled' : 'worksheet.mergeCancelled'));
    return undefined;
  }
  return { incoming, cleaned, unknown: unknown.length ? boxesNamed(unknownBoxes(incoming, fields)) : '' };
}

/** Boxes this page does not have, named with their text (shortened), for the page to say. */
const boxesNamed = (boxes: Array<{ name: string; value: string }>) =>
  boxes.map(({ name, value }) => t('worksheet.unknownBox', { name, value: value.length > 60 ? `${value.slice(0, 60)}…` : value })).join('; ');

async function importFile(file: File): Promise<void> {
  const read = await readFileAsked(file, 'import');
  if (!read || !replaceWith(read.incoming)) return;
  const notes = [
    read.cleaned.length ? t('worksheet.cleanedValues', { fields: read.cleaned.map(label).join('”, “') }) : '',
    read.unknown ? t('worksheet.unknownKept', { boxes: read.unknown }) : '',
  ].filter(Boolean);
  say([t('worksheet.imported', { file: file.name }), ...notes].join(' '), notes.length ? 'error' : 'ok');
}

/**
 * The boxes a merged file fills (addWorksheet): all but the reporter's name, which is this
 * worksheet's own (the one who reports for the cell, and whose name the saved file takes).
 */
const mergedBoxes = () => new Map([...fields].filter(([name]) => name !== 'reporter').map(([name, info]) => [name, { kind: info.kind, oneLine: isOneLine(name) }]));

/** "Gộp thêm phiếu của người khác": the file is added to the worksheet (addWorksheet), which is kept for "Hoàn tác". */
async function mergeFile(file: File): Promise<void> {
  const read = await readFileAsked(file, 'merge');
  if (!read) return;
  // Whose part it is: the teacher who wrote it first (the files a secretary gathers are all the cell's).
  const who = read.incoming.fields.reporter?.value.trim() || read.incoming.fields.cell?.value.trim();
  const separator = who ? t('worksheet.mergedFrom', { whose: who, file: file.name }) : t('worksheet.mergedFromFile', { file: file.name });
  let added: ReturnType<typeof addWorksheet> | undefined;
  const merged = replaceAll((current, earlier) => {
    added = addWorksheet(current, read.incoming, mergedBoxes(), separator);
    // A file that adds nothing (merged already, or only names this worksheet has) changes nothing, nor "Hoàn tác".
    if (!added.filled.length && !added.joined.length) return undefined;
    return { next: added.data, kept: keepForUndo(earlier, current) };
  }, 'worksheet.mergeRefused');
  if (!added) return;
  const { kept, joined, filled } = added;
  if (!merged && (filled.length || joined.length)) return;
  const value = (name: string, theirs: string) => (fields.get(name)?.kind === 'date' ? (dateRead(theirs)?.words ?? theirs) : theirs);
  const notes = [
    joined.length ? t('worksheet.mergedJoined', { fields: joined.map(label).join('”, “') }) : '',
    kept.length ? t('worksheet.mergeKept', { fields: kept.map(({ name, theirs }) => t('worksheet.mergeKeptBox', { field: label(name), theirs: value(name, theirs) })).join('; ') }) : '',
    read.cleaned.length ? t('worksheet.mergeCleaned', { fields: read.cleaned.map(label).join('”, “') }) : '',
    read.unknown ? t('worksheet.unknownNotMerged', { boxes: read.unknown }) : '',
  ].filter(Boolean);
  const done = filled.length || joined.length ? t('worksheet.merged', { file: file.name }) : t('worksheet.mergedNothing', { file: file.name });
  say([done, ...notes].join(' '), kept.length || read.cleaned.length || read.unknown ? 'error' : 'ok');
}

/**
 * Brings back what the last import, clearing or undo replaced; what it replaces is kept in turn,
 * so pressed again it goes on to the one before, and in the end back: nothing typed is lost.
 */
function undo(): void {
  const replaced = replaceAll((current, kept) => {
    const step = undoStep(kept, current);
    return step && { next: step.restored, kept: step.history };
  });
  if (replaced) say(t('worksheet.undone'));
}

/** "Xóa hết": asks first; an empty worksheet has nothing to clear (and "Hoàn tác" keeps what the last clearing replaced). */
function clear(): void {
  if (isBlank(data)) {
    say(t('worksheet.alreadyEmpty'));
    return;
  }
  if (window.confirm(t('worksheet.confirmClear')) && replaceWith({ fields: {} })) say(t('worksheet.cleared'));
}

form.addEventListener('click', (event) => {
  const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
  if (action === 'export') download();
  if (action === 'export-text') downloadText();
  if (action === 'print') window.print();
  if (action === 'undo') undo();
  if (action === 'clear') clear();
});

form.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const action = input.dataset.action;
  if ((action !== 'import' && action !== 'merge') || !input.files?.[0]) return;
  void (action === 'import' ? importFile : mergeFile)(input.files[0]).finally(() => {
    input.value = '';
  });
});

/**
 * Text typed before this script ran (on a slow link the boxes come first) is kept, not wiped by
 * fill(): alone where nothing was saved, else before the saved text; it is saved at once.
 */
function keepEarlyTyping(): void {
  for (const input of inputs) {
    const saved = data.fields[input.name]?.value ?? '';
    if (input.value === '' || input.value === saved) continue;
    const joined = saved !== '' && fields.get(input.name)?.kind === 'text' ? joinConflict(input.value, saved, t('worksheet.savedBeforeText'), isOneLine(input.name)) : undefined;
    if (joined !== undefined && joined !== saved && joined !== input.value) earlyBoth.push(label(input.name));
    data.fields[input.name] = { value: joined ?? input.value, at: Date.now() };
    dirty.add(input.name);
  }
}

/**
 * What the page says when it opens: ready; or, when it holds text saved before, whose and when,
 * so that on a shared computer (a teachers' room, a USB copy: every copy of the outline in one
 * browser shares one worksheet) the next teacher does not type over another's Part B.
 */
function readyWords(saved: WorksheetData): string {
  const at = lastSavedAt(saved);
  if (at === undefined) return t('worksheet.ready');
  const reporter = saved.fields.reporter?.value.trim() ?? '';
  const when = new Date(at);
  return t('worksheet.readyWithText', {
    whose: reporter ? t('worksheet.readyWhose', { reporter }) : '',
    time: when.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }),
    date: when.toLocaleDateString('vi-VN'),
  });
}

form.addEventListener('submit', (event) => event.preventDefault());
const broughtOver = adopt(store.bringOverLegacy(data)) || adopt(store.bringOverBeforeTitleFix());
/** The worksheet as saved before this visit (not what was typed before the script came). */
const savedBefore = structuredClone(data);
keepEarlyTyping();
fill();
showUndo(store.kept().length > 0);
// "Saved on this machine" is said only where it is true.
const storage = store.state();
if (storage !== 'ok') {
  say(t(storage === 'full' ? 'worksheet.storageFull' : 'worksheet.storageRefused'), 'error');
  showUnsaved(true);
} else {
  const unknown = unknownBoxes(data, fields);
  say([broughtOver ? t('worksheet.broughtOver') : readyWords(savedBefore), ...(unknown.length ? [t('worksheet.unknownStored', { boxes: boxesNamed(unknown) })] : [])].join(' '), unknown.length ? 'error' : 'ok');
}
if (dirty.size) save();
form.dataset.ready = '';
