/**
 * The Part B worksheet (inline, classic: runs from file://). Every keystroke is saved in
 * localStorage; another tab's typing is merged field by field; export and import move it as a
 * .json file; a bad file, or full storage, changes nothing and says so in Vietnamese, naming a
 * field by its label.
 */
import { t } from './embedded-strings';
import { formatVietnameseDate } from '../site/vietnamese-date';
import {
  exportWorksheet,
  MAX_FILE_BYTES,
  mergeWorksheets,
  parseStored,
  parseWorksheetFile,
  STORAGE_KEY,
  type WorksheetData,
} from '../site/worksheet';

const form = document.querySelector<HTMLFormElement>('[data-worksheet]')!;
/** The status lines above and below the form (the controls stand in both places); both say the same. */
const statuses = [...form.querySelectorAll<HTMLElement>('[data-worksheet-status]')];
const inputs = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')];
const known = new Set(inputs.map((input) => input.name));
let data: WorksheetData = readStored();

function readStored(): WorksheetData {
  try {
    return parseStored(localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseStored(null);
  }
}

function say(message: string, kind: 'ok' | 'error' = 'ok'): void {
  for (const status of statuses) {
    status.textContent = message;
    status.dataset.kind = kind;
  }
}

/** How the page names a field in a message: its label (data-label), never its form name. */
function labelOf(name: unknown): string {
  return inputs.find((input) => input.name === name)?.dataset.label ?? '';
}

/**
 * Saves, after merging what another tab may have saved meanwhile (its storage event can come
 * late). On failure (storage full or refused) the text stays on screen and the page says so.
 */
function save(): boolean {
  try {
    data = mergeWorksheets(data, readStored());
    localStorage.setItem(STORAGE_KEY, JSON.stringify(data));
    say(t('worksheet.saved', { time: new Date().toLocaleTimeString('vi-VN') }));
    return true;
  } catch {
    say(t('worksheet.storageFull'), 'error');
    return false;
  }
}

/** The typed text shown where print needs it: under each textarea and in the printed header. */
function showForPrint(name: string, value: string): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-print-for="${name}"], [data-print-field="${name}"]`)) {
    el.textContent = name === 'date' && value ? formatVietnameseDate(new Date(value)) : value;
  }
}

function fill(): void {
  for (const input of inputs) {
    if (document.activeElement === input) continue;
    input.value = data.fields[input.name]?.value ?? '';
    showForPrint(input.name, input.value);
  }
}

form.addEventListener('input', (event) => {
  const input = event.target as HTMLInputElement;
  if (!known.has(input.name)) return;
  data.fields[input.name] = { value: input.value, at: Date.now() };
  showForPrint(input.name, input.value);
  save();
});

window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY) return;
  data = mergeWorksheets(data, parseStored(event.newValue));
  fill();
  say(t('worksheet.otherTab'));
});

/** Every field of the form with a time of now: empty where `from` has none. */
function stamped(from: WorksheetData): WorksheetData {
  const at = Date.now();
  return { fields: Object.fromEntries([...known].map((name) => [name, { value: from.fields[name]?.value ?? '', at }])) };
}

const EXPORT_FILE = 'phieu-lien-he.json';

function download(): void {
  const blob = new Blob([exportWorksheet(data, form.dataset.outline ?? '')], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = EXPORT_FILE;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  say(t('worksheet.exported', { file: EXPORT_FILE }));
}

async function importFile(file: File): Promise<void> {
  // The size is checked before reading, so a huge file is never loaded.
  const text = file.size > 0 && file.size <= MAX_FILE_BYTES ? await file.text() : '';
  const result = parseWorksheetFile(text, file.size, known);
  if (!result.ok) {
    say(t(result.error, { ...result.vars, label: labelOf(result.vars?.name) }), 'error');
    return;
  }
  // Fields the file leaves empty are stamped too, so another open tab cannot bring old text back.
  data = stamped(result.data);
  fill();
  if (save()) say(t('worksheet.imported', { file: file.name }));
}

form.addEventListener('click', (event) => {
  const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
  if (action === 'export') download();
  if (action === 'print') window.print();
  if (action === 'clear' && window.confirm(t('worksheet.confirmClear'))) {
    data = stamped({ fields: {} });
    for (const input of inputs) input.value = '';
    fill();
    if (save()) say(t('worksheet.cleared'));
  }
});

form.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  if (input.dataset.action !== 'import' || !input.files?.[0]) return;
  void importFile(input.files[0]).finally(() => {
    input.value = '';
  });
});

form.addEventListener('submit', (event) => event.preventDefault());
fill();
form.dataset.ready = '';
