/** Content files as the loaders read them (src/outline/content-files.ts): encoding, NFC, names, YAML. */
import { describe, expect, it } from 'vitest';
import { checkFileName, checkFrontmatterFence, checkMdxText, checkStrayFiles, decodeContentText, parseFrontmatter, parseYamlList, patternExtensions } from '../../../src/outline/content-files';
import { ContentValidationError, formatProblem } from '../../../src/outline/validate/problems';

/** The lines of the error `run` throws, as the build prints them. */
function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    return (error as ContentValidationError).problems.map(formatProblem);
  }
  throw new Error('expected a ContentValidationError');
}

const FILE = 'content/de-cuong/a-i-1.mdx';

describe('decodeContentText', () => {
  it('composes decomposed Vietnamese (NFD) to NFC', () => {
    const nfd = 'Tư tưởng, đạo đức Hồ Chí Minh'.normalize('NFD');
    expect(nfd).not.toBe('Tư tưởng, đạo đức Hồ Chí Minh');
    expect(decodeContentText(FILE, new TextEncoder().encode(nfd))).toBe('Tư tưởng, đạo đức Hồ Chí Minh');
  });
  it('reads UTF-8 with a byte order mark', () => {
    expect(decodeContentText(FILE, new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('---\ntitle: "Cải cách"\n---')]))).toBe('---\ntitle: "Cải cách"\n---');
  });
  it('refuses UTF-16, with or without a byte order mark, naming the file and saying to save it as UTF-8', () => {
    const utf16 = (text: string, bom: number[]) => new Uint8Array([...bom, ...Buffer.from(text, 'utf16le')]);
    const message = `${FILE} › encoding: the file is saved as UTF-16 (or is not text); expected UTF-8: hãy mở tệp và lưu lại tệp bằng UTF-8 (Notepad: Tệp › Lưu thành… › Mã hóa: UTF-8)`;
    expect(problemsOf(() => decodeContentText(FILE, utf16('---\ntitle: Cải cách', [0xff, 0xfe])))).toEqual([message]);
    expect(problemsOf(() => decodeContentText(FILE, utf16('---\ntitle: Cai cach', [])))).toEqual([message]);
  });
  it('refuses an old code page (cp1258), naming the first line that is not UTF-8', () => {
    // "Cải cách" in Windows-1258: "C", 0xE1 (a), 0xD2 (combining hook above), "i c", 0xE1, "ch".
    const cp1258 = new Uint8Array([...Buffer.from('---\ntitle: x\n---\n\n', 'ascii'), 0x43, 0xe1, 0xd2, 0x69, 0x20, 0x63, 0xe1, 0x63, 0x68]);
    const [problem] = problemsOf(() => decodeContentText(FILE, cp1258));
    expect(problem).toContain(`${FILE} › encoding: line 5 holds bytes that are not UTF-8`);
    expect(problem).toContain('lưu lại tệp bằng UTF-8');
  });
  it('refuses characters that cannot be seen (a soft hyphen or zero-width space pasted from Word), naming each line and the words around them', () => {
    const text = '---\ntitle: "Thứ hai"\n---\n\nĐơn giản hóa th\u00ADủ tục hành chính.\nMột dòng đúng.\nCơ chế một\u200B cửa.';
    expect(problemsOf(() => decodeContentText(FILE, new TextEncoder().encode(text)))).toEqual([
      `${FILE} › line 5: an invisible character (U+00AD, a soft hyphen, as Word pastes it) stands in “Đơn giản hóa th|ủ tục hành chính.”; expected none: delete it (retype the word), it splits the word for search and for quotations`,
      `${FILE} › line 7: an invisible character (U+200B, a zero-width space) stands in “Cơ chế một| cửa.”; expected none: delete it (retype the word), it splits the word for search and for quotations`,
    ]);
  });
  it('counts the others of a line, shown as "|" in the words around the first', () => {
    const [problem] = problemsOf(() => decodeContentText(FILE, new TextEncoder().encode('Cải cách th\u00ADủ tục hành\u00ADchính')));
    expect(problem).toContain('stands in “Cải cách th|ủ tục hành|chính” (and 1 more on this line); expected none');
  });
  it('reads no-break spaces (Word, web pages) as spaces, so a quotation typed with plain spaces is found', () => {
    expect(decodeContentText(FILE, new TextEncoder().encode('Dân biết,\u00A0dân bàn\u202F50\u2007%'))).toBe('Dân biết, dân bàn 50 %');
  });
});

describe('YAML that does not parse', () => {
  it('says which line is indented with a tab, once, instead of the parser\'s cascade', () => {
    const text = '- id: a\n  full: x\n- id: b\n\tfull: y\n  note: z\n- id: c\n  full: w\n';
    expect(() => parseYamlList('content/thuat-ngu/thuat-ngu.yaml', text)).toThrow(
      new ContentValidationError([{ file: 'content/thuat-ngu/thuat-ngu.yaml', field: 'YAML', message: 'line 4 is indented with a tab; expected spaces (YAML does not allow tabs for indentation)' }]),
    );
  });
  it('otherwise gives the first error and counts the others', () => {
    const error = (() => {
      try {
        parseYamlList('content/thuat-ngu/thuat-ngu.yaml', '- id: a\n  full: "x\n- id: b\n  full: y: z\n');
      } catch (e) {
        return e as ContentValidationError;
      }
    })()!;
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0].message).toMatch(/; expected a YAML list$/);
  });
});

describe('checkFrontmatterFence', () => {
  it('names a file whose fields are not closed by "---", or that has no fields at all', () => {
    expect(checkFrontmatterFence(FILE, '---\r\ntitle: "A"\r\n---\r\nChữ.')).toEqual([]);
    expect(checkFrontmatterFence(FILE, '---\ntitle: "A"\nkind: "section"\n\nChữ của mục.').map(formatProblem)).toEqual([
      `${FILE} › frontmatter: no line "---" closes the fields that begin on line 1; expected a line "---" after the last field, before the text`,
    ]);
    expect(checkFrontmatterFence(FILE, 'title: "A"\n---\nChữ.').map(formatProblem)).toEqual([
      `${FILE} › frontmatter: the file begins with "title: "A""; expected a line "---", then the fields (title: …), then another line "---", then the text`,
    ]);
  });
});

describe('checkMdxText', () => {
  it('names a "<" that MDX would read as a tag, with the line in the file and the way to write it', () => {
    const file = 'content/de-cuong/b-i-1.mdx';
    const text = '---\ntitle: "x < 5"\n---\n\nTỷ lệ <5% hồ sơ trễ hạn.\n\nĐã viết đúng: \\<5%, <Fix id="a">chữ</Fix>, <br />.\n';
    expect(checkMdxText(file, text)).toEqual([
      { file, field: 'line 5', message: '"<5% hồ sơ…": in MDX a "<" here starts a tag; expected "\\<" (or "&lt;") to write the sign itself' },
    ]);
  });
});

describe('proseLines', () => {
  it('leaves out fenced code and blanks inline code, so checks of the prose do not refuse code', () => {
    const file = 'content/de-cuong/b-i-1.mdx';
    const text = '---\ntitle: "x"\n---\nCông thức `a < 5` đúng.\n\n```\nif (a < 5) {}\n# không phải đề mục\n```\n\nTỷ lệ <5%.\n';
    expect(checkMdxText(file, text).map((p) => p.field)).toEqual(['line 11']);
  });
  it('takes "< 10 ngày" (a space after it) as text, as MDX does, and reads a file saved with Windows line ends from its body', () => {
    const file = 'content/de-cuong/b-i-1.mdx';
    expect(checkMdxText(file, '---\ntitle: "x"\n---\nDưới < 10 ngày; a<-b.\n').map((p) => p.field)).toEqual(['line 4']);
    expect(checkMdxText(file, '---\r\ntitle: "x"\r\nsummary: "tỷ lệ <5%"\r\n--- \r\nDưới < 10 ngày.\r\n')).toEqual([]);
  });
});

describe('checkStrayFiles', () => {
  it('refuses a file the collection would not read, with the name to use; leaves editors\' and systems\' files alone', () => {
    expect(patternExtensions('**/*.mdx')).toEqual(['.mdx']);
    expect(patternExtensions('**/*.{md,mdx}')).toEqual(['.md', '.mdx']);
    expect(checkStrayFiles('content/de-cuong', ['a-i-1.mdx', 'b-i-7.md', '.a-i-1.mdx.swp', 'a-i-1.mdx~', 'Thumbs.db'], ['.mdx'])).toEqual([
      {
        file: 'content/de-cuong/b-i-7.md',
        field: 'file name',
        message: 'this file is not read (the files of content/de-cuong/ end in .mdx); expected a name such as "b-i-7.mdx", or move the file out of the folder',
      },
    ]);
    expect(checkStrayFiles('content/van-ban', ['nd-90.md', 'nd-91.mdx', '.vscode/settings.json'], ['.md', '.mdx'])).toEqual([]);
    expect(checkStrayFiles('content/van-ban', ['ghi-chu.txt'], ['.md', '.mdx'])[0].message).toContain('"ghi-chu.mdx"');
  });
});

describe('checkFileName', () => {
  it('accepts lower-case ASCII names and refuses others with the name to use', () => {
    expect(checkFileName(FILE, 'a-ii-3.mdx')).toEqual([]);
    expect(checkFileName('content/de-cuong/cải-cách.mdx', 'cải-cách.mdx').map(formatProblem)).toEqual([
      'content/de-cuong/cải-cách.mdx › file name: "cải-cách.mdx" is not lower-case ASCII; expected a name such as "cai-cach.mdx" (a–z without tone marks, digits and "-"): it is the name of the page',
    ]);
    expect(checkFileName('content/de-cuong/A II 3.MDX', 'A II 3.MDX')[0].message).toContain('expected a name such as "a-ii-3.mdx"');
    expect(checkFileName('content/van-ban/Đại hội VI.md', 'Đại hội VI.md')[0].message).toContain('"dai-hoi-vi.md"');
  });
});

describe('parseFrontmatter', () => {
  it('keeps dates as written, quoted or not, for the schema to check', () => {
    expect(parseFrontmatter(FILE, 'masthead:\n  date: 2024-02-30\n')).toEqual({ masthead: { date: '2024-02-30' } });
    expect(parseFrontmatter(FILE, 'masthead:\n  date: "2024-13-45"\n')).toEqual({ masthead: { date: '2024-13-45' } });
  });
});

describe('parseYamlList', () => {
  const FIXES = 'content/hieu-dinh/hieu-dinh.yaml';
  it('gives each entry its id and line', () => {
    expect(parseYamlList(FIXES, '- id: "mot"\n  note: Một\n- id: hai\n  note: Hai\n')).toEqual([
      { id: 'mot', line: 1, data: { id: 'mot', note: 'Một' } },
      { id: 'hai', line: 3, data: { id: 'hai', note: 'Hai' } },
    ]);
  });
  it('refuses an id used twice, naming both lines', () => {
    expect(problemsOf(() => parseYamlList(FIXES, '- id: mot\n  note: Một\n- id: hai\n- id: mot\n  note: Lần hai\n'))).toEqual([
      `${FIXES} › id (line 4): "mot" is already the id of the entry at line 1; expected an id used once in the file`,
    ]);
  });
  it('refuses an entry without an id, an id that is not ASCII, and a file that is not a list', () => {
    expect(problemsOf(() => parseYamlList(FIXES, '- note: Không có id\n- id: Sửa lỗi\n'))).toEqual([
      `${FIXES} › id (line 1): missing; expected an id of lower-case ASCII letters, digits and "-", e.g. "chu-trong-thuc-te"`,
      `${FIXES} › id (line 2): "Sửa lỗi"; expected an id of lower-case ASCII letters, digits and "-", e.g. "chu-trong-thuc-te"`,
    ]);
    expect(problemsOf(() => parseYamlList(FIXES, 'mot:\n  note: Một\n'))).toEqual([`${FIXES} › YAML: the file is not a list; expected one entry per "- id: …"`]);
  });
});
