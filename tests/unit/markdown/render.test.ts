import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '@/lib/markdown/plugins/rehype-safe-urls';
import { renderMarkdown } from '@/lib/markdown/render';
import { getTableOfContents } from '@/lib/markdown/table-of-contents';

const html = (markdown: string) => renderToStaticMarkup(renderMarkdown(markdown));

const TABLE = [
  '## Pay by level',
  '',
  '| Level | Pay |',
  '| --- | ---: |',
  '| Junior | 90,000 |',
  '| Senior | 150,000 |',
].join('\n');

describe('renderMarkdown', () => {
  it('renders a GFM table with its cells inside a named, focusable scroll region', () => {
    const output = html(TABLE);

    expect(output).toContain('<table>');
    expect(output).toContain('<th>Level</th>');
    expect(output).toMatch(/<td[^>]*>Senior<\/td>/);
    expect(output).toMatch(/<td[^>]*>150,000<\/td>/);
    expect(output).toContain(
      '<div class="table-scroll" tabindex="0" role="region" aria-label="Table 1: Pay by level"><table>',
    );
  });

  it('gives headings ids and demotes a body h1 below the page title', () => {
    const output = html('# Overview\n\n## Skills & tools\n\ntext');

    expect(output).toContain('<h2 id="overview">Overview</h2>');
    expect(output).toContain('<h3 id="skills--tools">Skills &amp; tools</h3>');
    expect(output).not.toContain('<h1');
  });

  it('closes skipped heading levels but keeps the nesting', () => {
    const output = html('## A\n\n#### B\n\n##### C\n\n### D\n\n# E\n\n### F');
    const levels = [...output.matchAll(/<h(\d) id="(\w)"/g)].map((match) => `${match[2]}${match[1]}`);

    expect(levels).toEqual(['a2', 'b3', 'c4', 'd3', 'e2', 'f3']);
  });

  it('loads images lazily', () => {
    expect(html('![A chart](https://example.com/chart.png)')).toBe(
      '<p><img src="https://example.com/chart.png" alt="A chart" loading="lazy" decoding="async"/></p>',
    );
  });

  it('does not render raw HTML from Markdown', () => {
    const output = html(
      'Hello\n\n<script>alert("x")</script>\n\n<img src=x onerror="alert(1)">\n\nInline <b onclick="x()">bold</b>.',
    );

    expect(output).not.toContain('<script');
    expect(output).not.toContain('onerror');
    expect(output).not.toContain('onclick');
    expect(output).toContain('<p>Hello</p>');
  });

  it('drops javascript: and other unsafe URLs but keeps the link text', () => {
    const output = html(
      '[click](javascript:alert(1)) [data](data:text/html,hi) ![pic](javascript:alert(2)) [ok](https://example.com/a) [mail](mailto:a@example.com) [jump](#pay)',
    );

    expect(output).not.toMatch(/javascript:|data:/);
    expect(output).toContain('<a>click</a>');
    expect(output).toMatch(/<img alt="pic"[^>]*\/>/);
    expect(output).toContain('<a href="https://example.com/a">ok</a>');
    expect(output).toContain('<a href="mailto:a@example.com">mail</a>');
    expect(output).toContain('<a href="#pay">jump</a>');
  });

  it('labels task-list checkboxes', () => {
    expect(html('- [x] done\n- [ ] open')).toMatch(
      /<input type="checkbox" disabled="" aria-label="Done" checked=""\/>/,
    );
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://example.com', true],
    ['HTTP://example.com', true],
    ['mailto:someone@example.com', true],
    ['#section', true],
    ['javascript:alert(1)', false],
    ['  JaVa\tScRiPt:alert(1)', false],
    ['vbscript:x', false],
    ['data:image/png;base64,AAAA', false],
    ['/relative/path', false],
    ['//example.com/protocol-relative', false],
  ])('%s -> %s', (url, expected) => {
    expect(isSafeUrl(url)).toBe(expected);
  });
});

describe('getTableOfContents', () => {
  it('lists h2 and h3 headings with their ids, skipping deeper ones', () => {
    const markdown = '## Roles\n\n### Machine *learning* engineer\n\n#### Detail\n\n## Pay\n\ntext[^1]\n\n[^1]: a note';

    expect(getTableOfContents(markdown)).toEqual([
      { id: 'roles', text: 'Roles', depth: 2 },
      { id: 'machine-learning-engineer', text: 'Machine learning engineer', depth: 3 },
      { id: 'pay', text: 'Pay', depth: 2 },
    ]);
  });
});
