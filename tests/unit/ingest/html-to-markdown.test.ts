import type { Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '@/lib/ingest/html-to-markdown';
import { fixture } from './fixtures';

const BASE = 'https://blog.example.com/posts/item/';
const toMarkdown = (html: string, base: string | null = BASE) => htmlToMarkdown(html, base);
const parseMarkdown = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

/** What a Markdown renderer would actually produce: every link and image URL, and any raw HTML. */
function rendered(markdown: string): { links: string[]; images: string[]; html: string[] } {
  const found = { links: [] as string[], images: [] as string[], html: [] as string[] };
  visit(parseMarkdown(markdown), (node) => {
    if (node.type === 'link') found.links.push(node.url);
    if (node.type === 'image') found.images.push(node.url);
    if (node.type === 'html') found.html.push(node.value);
  });
  return found;
}

/** The tables of a Markdown text as rows of cell text, header row first. */
function tables(markdown: string): string[][][] {
  const result: string[][][] = [];
  const textOf = (node: unknown): string => {
    const value = node as { value?: string; children?: unknown[] };
    return value.value ?? (value.children ?? []).map(textOf).join('');
  };
  visit(parseMarkdown(markdown), 'table', (table: Table) => {
    result.push(table.children.map((row) => row.children.map((cell) => textOf(cell).trim())));
  });
  return result;
}

describe('htmlToMarkdown: hostile HTML', () => {
  it('drops <script> with its code', () => {
    const markdown = toMarkdown('<p>Before<script>alert("x")</script> after</p>');
    expect(markdown).toBe('Before after\n');
  });

  it('drops on* event handlers and style attributes but keeps the content', () => {
    const markdown = toMarkdown(
      '<p onclick="steal()" style="color:red">Hi <img src="/a.png" onerror="steal()" alt="pic"> <span style="x">words</span></p>',
    );
    expect(markdown).toBe('Hi ![pic](https://blog.example.com/a.png) words\n');
    expect(markdown).not.toMatch(/steal|onerror|color/);
  });

  it('drops an <iframe> entirely: it must not become a link', () => {
    const markdown = toMarkdown('<iframe src="https://evil.example/embed" title="Watch this"></iframe><p>After</p>');
    expect(markdown).toBe('After\n');
    expect(rendered(markdown).links).toEqual([]);
  });

  it('drops <object>, <embed> and form controls with their fallback text', () => {
    const markdown = toMarkdown(
      '<object data="x.swf"><param name="a" value="b">fallback</object><embed src="y.swf"><form><button>Click</button><textarea>typed</textarea></form><p>Kept</p>',
    );
    expect(markdown).toBe('Kept\n');
  });

  it.each(['style', 'svg', 'math', 'template', 'noscript'])('does not leak the text inside <%s>', (tag) => {
    const markdown = toMarkdown(`<${tag}>leaked words</${tag}><p>Visible</p>`);
    expect(markdown).toBe('Visible\n');
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a vbscript: URL', 'vbscript:msgbox(1)'],
    ['a data: URL', 'data:text/html;base64,PHNjcmlwdD4='],
    ['a file: URL', 'file:///etc/passwd'],
    ['mixed case (JaVaScRiPt:)', 'JaVaScRiPt:alert(1)'],
    ['an entity-obfuscated scheme (&#106;avascript:)', '&#106;avascript:alert(1)'],
    ['hex character references', '&#x6A;&#x61;vascript:alert(1)'],
    ['a newline inside the scheme', 'java&#x0A;script:alert(1)'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['leading spaces', '  javascript:alert(1)'],
  ])('turns a link with %s into its plain text, never [text]()', (_, href) => {
    const markdown = toMarkdown(`<p>Go <a href="${href}">click here</a> now</p>`);
    expect(markdown).toBe('Go click here now\n');
    expect(rendered(markdown).links).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'data:image/png;base64,iVBORw0KGgo=',
    'file:///etc/passwd',
    'vbscript:x',
    'mailto:a@example.com',
  ])('turns an image with a %s source into its alt text', (src) => {
    const markdown = toMarkdown(`<p>See <img src="${src}" alt="the chart"></p>`);
    expect(markdown).toBe('See the chart\n');
    expect(rendered(markdown).images).toEqual([]);
  });

  it('resolves relative links and images against the item link, keeps mailto', () => {
    const markdown = toMarkdown(
      '<p><a href="/salaries/">root</a> <a href="notes">sibling</a> <img src="img/x.png" alt="x"> <a href="//cdn.example.com/y">proto</a> <a href="mailto:jobs@example.com">mail</a></p>',
    );
    expect(rendered(markdown)).toEqual({
      links: [
        'https://blog.example.com/salaries/',
        'https://blog.example.com/posts/item/notes',
        'https://cdn.example.com/y',
        'mailto:jobs@example.com',
      ],
      images: ['https://blog.example.com/posts/item/img/x.png'],
      html: [],
    });
  });

  it('ignores a <base> element in the content: only the item link is the base', () => {
    expect(rendered(toMarkdown('<base href="https://evil.example/"><p><a href="x">x</a></p>')).links).toEqual([
      'https://blog.example.com/posts/item/x',
    ]);
  });

  it('drops relative links when there is nothing to resolve them against', () => {
    const markdown = toMarkdown('<p><a href="relative/page">text</a> <img src="a.png" alt="alt"></p>', null);
    expect(markdown).toBe('text alt\n');
  });

  it('keeps escaped markup as text: no raw HTML or Markdown link reaches the renderer', () => {
    const markdown = toMarkdown(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=y&gt; [a](javascript:alert(1)) ![i](javascript:x)</p>',
    );
    expect(rendered(markdown)).toEqual({ links: [], images: [], html: [] });
    expect(markdown).toContain('script');
  });

  it('strips control characters that arrive as character references', () => {
    expect(toMarkdown('<p>a&#7;b&#x1;c\u0007d</p>')).toBe('abcd\n');
  });
});

describe('htmlToMarkdown: WordPress content', () => {
  it('turns wp-smiley images into their emoji inside table cells, with the <th> row in <tbody> as header', () => {
    const html =
      fixture('rss2-wordpress.xml')
        .toString('utf8')
        .match(/<figure class="wp-block-table">[\s\S]*?<\/figure>/)?.[0] ?? '';
    expect(tables(toMarkdown(html))).toEqual([
      [
        ['Task', 'AI engineer', 'Data scientist'],
        ['Ship models', '✔', '❌'],
        ['Run experiments', '✖', '⚠'],
      ],
    ]);
  });

  it('drops the tracking pixels feeds append, so article pages do not report their readers', () => {
    const markdown = toMarkdown(
      [
        '<p>A machine learning engineer in London earns £70,000.</p>',
        // Medium's, WordPress.com's and a feed's in CSS pixels.
        '<img src="https://medium.com/_/stat?event=post.clientViewed&amp;postId=3f2a9c" width="1" height="1" alt="">',
        '<p><img src="https://pixel.wp.com/b.gif?host=example.com" width="1" height="1" alt=""></p>',
        '<img src="https://feeds.example.com/~r/ai/~4/abc" height="1px" width="0">',
        // Pictures stay, including one sized on one side only.
        '<img src="https://cdn.example.com/chart.png" width="1024" height="531" alt="Pay by level">',
        '<img src="https://cdn.example.com/rule.png" width="600" height="1" alt="">',
      ].join(''),
    );
    expect(rendered(markdown).images).toEqual([
      'https://cdn.example.com/chart.png',
      'https://cdn.example.com/rule.png',
    ]);
    expect(markdown).toContain('A machine learning engineer in London earns £70,000.');
  });

  it('uses a first row of <td> cells as the header instead of inventing an empty one', () => {
    const markdown = toMarkdown('<table><tr><td>Role</td><td>Pay</td></tr><tr><td>MLE</td><td>$1</td></tr></table>');
    expect(markdown).toBe('| Role | Pay |\n| - | - |\n| MLE | $1 |\n');
  });

  it('keeps a <thead> as the header', () => {
    expect(
      tables(toMarkdown('<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>v</td></tr></tbody></table>')),
    ).toEqual([[['H'], ['v']]]);
  });

  it('keeps every table row on one line when cells hold paragraphs, lists or <br>', () => {
    const markdown = toMarkdown(
      '<table><tr><th>A</th><th>B</th></tr><tr><td>x<br>y</td><td><p>p1</p><p>p2</p></td></tr><tr><td>a | b</td><td><ul><li>l1</li><li>l2</li></ul></td></tr></table>',
    );
    expect(tables(markdown)).toEqual([
      [
        ['A', 'B'],
        ['x y', 'p1 p2'],
        ['a | b', 'l1 l2'],
      ],
    ]);
  });

  it('keeps one line per <br>-separated row of a paragraph', () => {
    const markdown = toMarkdown('<p>Skills:<br>Python<br/>SQL<br>Statistics</p>');
    const paragraph = parseMarkdown(markdown).children[0];
    expect(paragraph?.type).toBe('paragraph');
    expect(
      markdown
        .split('\n')
        .filter(Boolean)
        .map((line) => line.replace(/\\$/, '')),
    ).toEqual(['Skills:', 'Python', 'SQL', 'Statistics']);
    expect(
      paragraph && 'children' in paragraph ? paragraph.children.filter((node) => node.type === 'break') : [],
    ).toHaveLength(3);
  });

  it('keeps nested lists, blockquotes, fenced code with its language, images with alt, emphasis and h2-h6', () => {
    const html =
      fixture('rss2-wordpress.xml')
        .toString('utf8')
        .match(/<!\[CDATA\[(<p>The full article[\s\S]*?)\]\]>/)?.[1] ?? '';
    const markdown = toMarkdown(html, 'https://blog.example.com/ai-engineer-vs-data-scientist/');
    expect(markdown).toContain('- Engineering\n  - MLOps\n- Research\n');
    expect(markdown).toContain('> Quote from a hiring manager.\n');
    expect(markdown).toContain('```python\nprint("hello")\n```\n');
    expect(markdown).toContain(
      '![Salary chart](https://blog.example.com/ai-engineer-vs-data-scientist/uploads/chart.png) _Figures_ are **medians**.',
    );
    expect(markdown).toContain('[salaries](https://blog.example.com/salaries/)');
    for (const heading of [
      '## Who does what',
      '### Level three',
      '#### Level four',
      '##### Level five',
      '###### Level six',
    ]) {
      expect(markdown).toContain(`\n${heading}\n`);
    }
  });

  it('keeps ordered list numbering and inline code', () => {
    expect(toMarkdown('<ol start="3"><li>x</li><li><code>a|b</code></li></ol>')).toBe('3. x\n4. `a|b`\n');
  });

  it('keeps prose that looks like Markdown as the same words, whatever its punctuation', () => {
    const sentences = [
      String.raw`Paths like C:\models\*.onnx and \[brackets\] keep their backslashes.`,
      'snake_case_names, 2*3*4 and **not bold** stay as written.',
      '1. Not a list item',
      '# Not a heading, - not a bullet, > not a quote',
      '[Not a link](https://example.com) and ![not an image](x.png)',
      '<b>Not markup</b> & 50% more | a pipe ~~not struck~~ `not code`',
      'Ends with a backslash \\',
    ];
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const sentence of sentences) {
      const paragraph = parseMarkdown(toMarkdown(`<p>${escape(sentence)}</p>`)).children[0];
      expect(paragraph?.type).toBe('paragraph');
      const words: string[] = [];
      visit(paragraph!, 'text', (node) => {
        words.push(node.value);
      });
      expect(words.join('')).toBe(sentence);
    }
  });

  it('joins the words of neighbouring inline elements and trims the white space around a paragraph', () => {
    expect(toMarkdown('<p>\n  Pay <span>rises</span><span> with</span>  <em>level</em> \n</p>')).toBe(
      'Pay rises with _level_\n',
    );
  });

  it('ends with exactly one newline and is stable across runs', () => {
    const html = '<p>One</p><p>Two</p>\n\n';
    expect(toMarkdown(html)).toBe('One\n\nTwo\n');
    expect(toMarkdown(html)).toBe(toMarkdown(html));
  });
});

describe('htmlToMarkdown: shapes Markdown lacks', () => {
  it('keeps a table caption as a paragraph before the table', () => {
    const markdown = toMarkdown(
      '<table><caption>Pay by level, 2025</caption><tr><th>Level</th></tr><tr><td>Junior</td></tr></table>',
    );
    expect(markdown.indexOf('Pay by level, 2025')).toBeGreaterThanOrEqual(0);
    expect(markdown.indexOf('Pay by level, 2025')).toBeLessThan(markdown.indexOf('| Level |'));
    expect(tables(markdown)).toEqual([[['Level'], ['Junior']]]);
  });

  it('keeps <details> summary and body apart instead of gluing their words', () => {
    expect(toMarkdown('<details><summary>More</summary><p>Hidden text</p></details>')).toBe('More\n\nHidden text\n');
  });

  it('uses the real address of a lazy-loaded image, resolved against the item link', () => {
    const markdown = toMarkdown('<img src="data:image/svg+xml,%3Csvg%3E" data-lazy-src="/up/chart.png" alt="Chart">');
    expect(rendered(markdown).images).toEqual(['https://blog.example.com/up/chart.png']);
  });

  it('drops the Markdown marks an author typed into a heading block of the same level', () => {
    // As one of the source feeds has it: the WordPress page shows "#### Fast-Growing ...".
    expect(toMarkdown('<h4 class="wp-block-heading">#### Fast-Growing Compensation Trends</h4>')).toBe(
      '#### Fast-Growing Compensation Trends\n',
    );
    expect(toMarkdown('<h2>## <strong>Pay</strong> by level</h2>')).toBe('## **Pay** by level\n');
    // Any other count, no space after the marks, or marks later in the text are the author's words.
    expect(toMarkdown('<h2># of AI jobs</h2>')).toBe('## # of AI jobs\n');
    expect(toMarkdown('<h3>#### Trends</h3>')).toBe('### #### Trends\n');
    expect(toMarkdown('<h4>####Trends</h4>')).toBe('#### ####Trends\n');
    expect(toMarkdown('<h3>### </h3>')).toBe(toMarkdown('<h3>###</h3>'));
    expect(toMarkdown('<p>#### Trends</p>')).toBe('\\#### Trends\n');
  });

  it('drops spacer paragraphs, empty links and empty tables', () => {
    const markdown = toMarkdown(
      '<p>One</p><p>&nbsp;</p><p><a href="https://x.example/"><iframe src="https://x.example/e"></iframe></a>Two</p><table></table>',
    );
    expect(markdown).toBe('One\n\nTwo\n');
  });

  it('flattens a table nested in a cell so the outer row stays one row', () => {
    const markdown = toMarkdown(
      '<table><tr><th>A</th><th>B</th></tr><tr><td><table><tr><td>n1</td><td>n2</td></tr></table></td><td>z</td></tr></table>',
    );
    expect(tables(markdown)).toEqual([
      [
        ['A', 'B'],
        ['n1 n2', 'z'],
      ],
    ]);
  });
});
