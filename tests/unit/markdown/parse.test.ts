import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { needsRemark, parseMarkdown, parseWithMarkdownIt, parseWithRemark } from '@/lib/markdown/parse';

/** The tree without source positions: markdown-it's nodes carry only their lines. */
const withoutPositions = (tree: Root | null): unknown =>
  JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)));

/** Block start offsets in reading order, depth first. */
function offsets(node: Nodes): number[] {
  const own = node.type === 'root' || !node.position ? [] : [node.position.start.offset ?? -1];
  const blocks = 'children' in node ? (node.children as Nodes[]).filter((child) => child.position) : [];
  return [...own, ...blocks.flatMap(offsets)];
}

const TRICKY = {
  'escapes, entities and inline marks':
    'A \\*starred\\* &amp; &nbsp;spaced, `co|de`, **bold** _em_ ***both*** and <b>raw</b> html.',
  'links of every kind': [
    'See [the guide](https://example.com/a%20b "t"), <https://example.com/a%20b>, <me@example.com>,',
    '[unsafe](javascript:alert(1)), [no ref][r] and ![an *image*](x.png "Chart") here.',
    'Mail hello\\@example.com or write to first.last@example.co.uk.',
  ].join('\n'),
  'hard and soft breaks': 'One line  \nsecond line\\\nthird \nfourth\twith a tab',
  'setext and ATX headings': 'Title\nwith two lines\n===\n\n## Closed ##\n\n###   Spaced   heading\n\nSub\n---',
  'tight, loose and nested lists': [
    '- Outer',
    '  - Inner with `code`',
    '    1. Deep',
    '',
    '- Second',
    '',
    '  continued paragraph',
    '',
    '  > quoted in a list',
    '',
    '3. three',
    '4. four',
    '',
    '> Quote one',
    '>',
    '> Quote two',
  ].join('\n'),
  'tables with alignment, short, long and escaped rows': [
    '| Role | Pay | Note |',
    '| :- | -: | :-: |',
    '| AI \\| ML | $1 | x |',
    '| only one |',
    '| a | b | c | extra **cell** |',
    'no pipes row',
  ].join('\n'),
  'code and HTML blocks': [
    '```ts title="x"',
    'const a = 1;',
    '',
    '```',
    '',
    '    indented code',
    '',
    '<div>',
    'html block',
    '</div>',
    '',
    '---',
    '',
    'After.',
  ].join('\n'),
  'fenced code with spaced, escaped and encoded info strings': [
    '```  ts  title="a b" ',
    ' indented',
    '```',
    '',
    '```py&amp;\t meta &lt;x&gt; \\*',
    'x',
    '```',
    '',
    '```a&#32;b c',
    'x',
    '```',
  ].join('\n'),
  'one lone tilde': 'Rapid growth, ~+80% a year.',
};

describe('parseMarkdown', () => {
  it.each(Object.entries(TRICKY))('reads %s as remark with GFM does', (_name, markdown) => {
    expect(needsRemark(markdown)).toBe(false);
    const fast = parseWithMarkdownIt(markdown);
    expect(fast).not.toBeNull();
    expect(withoutPositions(fast)).toEqual(withoutPositions(parseWithRemark(markdown)));
    const order = offsets(fast ?? parseWithRemark(''));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('reads every article in the repository as remark does', () => {
    const dir = path.join(process.cwd(), 'content', 'articles');
    const files = fs.readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const body = matter(fs.readFileSync(path.join(dir, name), 'utf8')).content;
      expect(needsRemark(body), name).toBe(false);
      expect(withoutPositions(parseWithMarkdownIt(body)), name).toEqual(withoutPositions(parseWithRemark(body)));
    }
  });

  it.each([
    ['a strikethrough', 'Was ~$100k~ now ~~$90k~~ $120k.'],
    ['a footnote', 'Pay rose.[^1]\n\n[^1]: A survey.'],
    ['a task list item', '- [ ] Learn Python\n- [x] Learn SQL'],
    ['a link reference definition', 'Pay rose, says [the survey].\n\n[the survey]: https://example.com'],
    ['a tab ending a line', 'Base pay\t \nand bonus\t  \nfigures.'],
  ])('hands a body with %s to remark before parsing', (_name, markdown) => {
    expect(needsRemark(markdown)).toBe(true);
    expect(parseMarkdown(markdown)).toEqual(parseWithRemark(markdown));
  });

  it.each([
    ['a table inside a list', ['- | In | List |', '  | - | - |', '  | x | y |'].join('\n')],
    ['a bare web address', 'Apply at www.example.com/jobs_page_1 today.'],
    ['quotes nested past markdown-it’s limit', `${'> '.repeat(120)}Deep words.\n\nAfter.`],
  ])('hands a body with %s to remark once markdown-it has read it', (_name, markdown) => {
    expect(needsRemark(markdown)).toBe(false);
    expect(parseWithMarkdownIt(markdown)).toBeNull();
    expect(parseMarkdown(markdown)).toEqual(parseWithRemark(markdown));
  });
});
