import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import {
  blocksFromMarkdownIt,
  blocksFromRemark,
  needsRemark,
  readMarkdownBlocks,
  type MarkdownBlock,
} from '@/lib/records/document/markdown-blocks';

/** Blocks without their offsets: the two parsers place a nested paragraph at its line or at its first word. */
const withoutOffsets = (blocks: MarkdownBlock[]): unknown =>
  JSON.parse(JSON.stringify(blocks, (key, value: unknown) => (key === 'offset' ? undefined : value)));

/** Every offset in reading order, depth first. */
function offsets(blocks: MarkdownBlock[]): number[] {
  return blocks.flatMap((block) => [
    block.offset,
    ...(block.type === 'list'
      ? block.items.flatMap((item) => [item.offset, ...offsets(item.children)])
      : block.type === 'blockquote'
        ? offsets(block.children)
        : []),
  ]);
}

const TRICKY = {
  'escapes, entities and inline marks': 'A \\*starred\\* &amp; &nbsp;spaced, `co|de`, **bold** _em_ and <b>raw</b>.',
  'links of every kind': [
    'See [the guide](https://example.com/a%20b "t"), <https://example.com/a%20b>, www.example.com,',
    '[unsafe](javascript:alert(1)), [no ref][r] and ![an image](x.png) here.',
  ].join('\n'),
  'hard and soft breaks': 'One line  \nsecond line\\\nthird\nfourth\twith a tab',
  'setext and ATX headings': 'Title\nwith two lines\n===\n\n## Closed ##\n\n###   Spaced   heading',
  'nested lists and quotes': [
    '- Outer',
    '  - Inner with `code`',
    '    1. Deep',
    '- Second',
    '',
    '  continued paragraph',
    '',
    '  > quoted in a list',
    '',
    '> Quote one',
    '>',
    '> Quote two',
  ].join('\n'),
  'tables with short, long and escaped rows': [
    '| Role | Pay |',
    '| :- | -: |',
    '| AI \\| ML | $1 |',
    '| only one |',
    '| a | b | extra **cell** |',
    'no pipes row',
  ].join('\n'),
  'code and HTML blocks': '```\ncode block\n```\n\n    indented code\n\n<div>\nhtml block\n</div>\n\n---\n\nAfter.',
  'one lone tilde': 'Rapid growth, ~+80% a year.',
};

describe('readMarkdownBlocks', () => {
  it.each(Object.entries(TRICKY))('reads %s exactly as remark with GFM does', (_name, markdown) => {
    const fast = blocksFromMarkdownIt(markdown) ?? [];
    expect(needsRemark(markdown)).toBe(false);
    expect(withoutOffsets(fast)).toEqual(withoutOffsets(blocksFromRemark(markdown)));
    const order = offsets(fast);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('reads every article in the repository as remark does', () => {
    const dir = path.join(process.cwd(), 'content', 'articles');
    const files = fs.readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const body = matter(fs.readFileSync(path.join(dir, name), 'utf8')).content;
      expect(withoutOffsets(blocksFromMarkdownIt(body) ?? []), name).toEqual(withoutOffsets(blocksFromRemark(body)));
    }
  });

  it.each([
    ['a single-tilde strikethrough', 'Was ~$100k~ now $120k.', 'Was $100k now $120k.'],
    ['a footnote', 'Pay rose.[^1]\n\n[^1]: A survey.', 'Pay rose.'],
    ['a task list item', '- [ ] Learn Python', 'Learn Python'],
    ['a link reference definition', 'Pay rose.\n\n[survey]: https://example.com', 'Pay rose.'],
  ])('hands %s to remark, which reads it as the site renders it', (_name, markdown, text) => {
    expect(needsRemark(markdown)).toBe(true);
    const [first] = readMarkdownBlocks(markdown);
    const firstText =
      first?.type === 'list'
        ? first.items[0]?.children[0]?.type === 'paragraph' && first.items[0].children[0].text
        : first?.type === 'paragraph' && first.text;
    expect(firstText).toBe(text);
    expect(readMarkdownBlocks(markdown)).toEqual(blocksFromRemark(markdown));
  });

  it('hands a table inside a list to remark, whose rows markdown-it reads with the list marks', () => {
    const markdown = ['- | In | List |', '  | - | - |', '  | x | y |'].join('\n');
    expect(blocksFromMarkdownIt(markdown)).toBeNull();
    expect(readMarkdownBlocks(markdown)).toEqual(blocksFromRemark(markdown));
    const [list] = readMarkdownBlocks(markdown);
    expect(list?.type === 'list' && list.items[0]?.children[0]).toMatchObject({ rows: [['In', 'List'], ['x', 'y']] });
  });
});
