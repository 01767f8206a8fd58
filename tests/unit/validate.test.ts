import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-error';
import { validateOutline, bodyLinks, componentIds } from '../../src/lib/validate-outline';
import { validateRelations } from '../../src/lib/validate-relations';

const section = (id: string, data: Record<string, unknown>, body = '') => ({
  id,
  file: `content/de-cuong/${id}.mdx`,
  data: { kind: 'section', title: id, part: 'A', number: 'A.I.1', order: 1, areas: [], cites: [], ...data } as never,
  body,
});
const known = { 'van-ban': new Set(['nd-90']), 'linh-vuc': new Set(['the-che']) };

describe('validateOutline', () => {
  it('names the file, the field and what was expected', () => {
    const problems = validateOutline({
      sections: [
        section('a', { number: 'A.I.1', order: 1, cites: ['nd-99'] }, 'Xem [x](/b.html) và <Fix id="khong" />'),
        section('b', { number: 'A.I.1', order: 2, parent: 'zz' }),
      ],
      corrections: [],
      knownIds: known,
      otherPages: ['index.html'],
    }).map(formatProblem);
    expect(problems).toEqual([
      'content/de-cuong/b.mdx › number: "A.I.1" is already used by content/de-cuong/a.mdx; expected a unique section number',
      'content/de-cuong/a.mdx › cites[0]: "nd-99" is unknown; expected the id of a file in content/van-ban: "nd-90"',
      'content/de-cuong/a.mdx › body link: "/b.html" starts with "/": write it relative, e.g. "b.html", so the site works under a sub-folder and from file://',
      'content/de-cuong/b.mdx › parent: "zz" is not a section id; expected one of "a", "b"',
      'content/de-cuong/a.mdx › body <Fix|EditorNote id> #1: "khong" is not an entry of content/hieu-dinh; expected one of (none yet)',
    ]);
  });
  it('finds links and component ids in MDX bodies', () => {
    expect(bodyLinks('[a](van-ban/x.html) <a href="y.html">y</a> [b](<z.html> "t")')).toEqual(['van-ban/x.html', 'z.html', 'y.html']);
    expect(componentIds('<Fix id="a" /> <EditorNote id=\'b\' />')).toEqual(['a', 'b']);
  });
});

describe('validateRelations', () => {
  const passages = new Map([['s', [{ id: 's-p1', kind: 'p' as const, text: 'Câu một. Câu hai.', editorial: false }]]]);
  it('reports passages that stand nowhere, unknown documents, and typed areas that drift', () => {
    const problems = validateRelations({
      passages,
      quotations: [{ id: 'q', file: 'q.yaml', section: 's', text: 'không có', found: false, document: 'x' }],
      areas: [{ id: 'a', file: 'a.md', order: 1, listItem: 'A', passages: [{ section: 's', starts: 'Câu ba' }], counts: [], documents: ['y'] }],
      areaLists: [],
      sections: [{ id: 's', file: 's.mdx', areas: [], cites: [], named: [] }],
      documents: new Set(['d']),
    }).map(formatProblem);
    expect(problems).toEqual([
      'q.yaml › q.text: "không có" does not stand in section "s"; expected the quotation exactly as the outline writes it',
      'q.yaml › q.document: "x" is unknown; expected the id of a file in content/van-ban: d',
      'a.md › documents[0]: "y" is unknown; expected the id of a file in content/van-ban: d',
      'a.md › passages[0].starts: no sentence of section "s" begins with "Câu ba"; expected the first words of a sentence there',
      's.mdx › areas: [] differs from the areas whose pages quote this section; expected ["a"]',
    ]);
  });
});
