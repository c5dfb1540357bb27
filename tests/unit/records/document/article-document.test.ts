import { describe, expect, it } from 'vitest';
import { markdownToHast } from '@/lib/markdown/processor';
import { headingRank, visitElements } from '@/lib/markdown/hast-utils';
import { readArticleDocument } from '@/lib/records/document/article-document';

const MARKDOWN = [
  '# Pay',
  '',
  '## **AI Engineer** Salaries',
  '',
  'Intro with a [link](https://example.com/ai-engineer-salaries) and `code` and **bold**.',
  '',
  'By location:',
  '',
  '- US:',
  '  - Boston, MA: $166,500',
  '- Europe:',
  '  - UK: £60,646/yr',
  '',
  '**Salary Benchmark Snapshot (2025)**',
  '',
  '| Role | Entry-Level (Avg) |',
  '| - | - |',
  '| AI Engineer | $110K–$145K |',
  '',
  'Compensation Breakdown',
  '',
  'Level Base Salary Range\\',
  'Entry-Level 70,000–150,000 dollars\\',
  'Mid-Level 109,000–170,000 dollars',
  '',
  '## Pay',
].join('\n');

describe('readArticleDocument', () => {
  const doc = readArticleDocument('pay', 'Pay', MARKDOWN);

  it('keeps only the text a reader sees: no link targets, no Markdown marks', () => {
    const intro = doc.blocks.find((block) => block.text.startsWith('Intro'));
    expect(intro?.text).toBe('Intro with a link and code and bold.');
  });

  it('gives each block its section with the id the article page uses', () => {
    const ids: string[] = [];
    visitElements(markdownToHast(MARKDOWN), (element) => {
      if (headingRank(element) !== undefined && typeof element.properties.id === 'string')
        ids.push(element.properties.id);
    });
    expect(doc.sections.map((section) => section.id)).toEqual(ids);
    expect(ids).toEqual(['pay', 'ai-engineer-salaries', 'pay-1']);
    const boston = doc.blocks.find((block) => block.text.startsWith('Boston'));
    expect(boston?.section).toMatchObject({
      heading: 'AI Engineer Salaries',
      id: 'ai-engineer-salaries',
      trail: ['Pay', 'AI Engineer Salaries'],
    });
  });

  it('records the list items above an item and the paragraph that introduces the list', () => {
    const uk = doc.blocks.find((block) => block.text.startsWith('UK'));
    expect(uk).toMatchObject({
      kind: 'list-item',
      text: 'UK: £60,646/yr',
      listTrail: ['Europe:'],
      listIntro: 'By location:',
    });
  });

  it('reads Markdown tables with their caption, and line-broken paragraphs as line tables', () => {
    expect(doc.tables).toHaveLength(2);
    expect(doc.tables[0]).toMatchObject({
      index: 1,
      fromLines: false,
      caption: 'Salary Benchmark Snapshot (2025)',
      header: ['Role', 'Entry-Level (Avg)'],
      rows: [['AI Engineer', '$110K–$145K']],
    });
    expect(doc.tables[1]).toMatchObject({
      index: 2,
      fromLines: true,
      caption: 'Compensation Breakdown',
      header: ['Level Base Salary Range'],
      rows: [['Entry-Level 70,000–150,000 dollars'], ['Mid-Level 109,000–170,000 dollars']],
    });
    const lines = doc.blocks.find((block) => block.lineTableIndex === 2);
    expect(lines?.text.split('\n')).toHaveLength(3);
  });

  it('reads a card of labelled lines as a paragraph, not as a table whose first line is the header', () => {
    const card = readArticleDocument(
      'card',
      'Highest-paying AI jobs',
      [
        '## 1. Machine Learning Engineer',
        '',
        '**Average salary:** $161,000\\',
        '**Salary range:** $120,000 – $215,000\\',
        '**Job outlook:** 26% growth (2023–2033)',
      ].join('\n'),
    );
    expect(card.tables).toEqual([]);
    expect(card.blocks.at(-1)).toMatchObject({ kind: 'paragraph', lineTableIndex: null });
  });
});
