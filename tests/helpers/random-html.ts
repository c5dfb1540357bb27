/**
 * Test helper: seeded random feed HTML in the shapes the converter must
 * survive. Every element the sanitizer allows (and some it removes), nested
 * up to four deep, around text made of the punctuation Markdown gives
 * meaning to, white space of every kind, entities and character references,
 * and links whose text is their address (which become autolinks). The same
 * seed always gives the same documents, so their Markdown can be pinned.
 */

/** A small linear congruential generator: deterministic across platforms. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const TEXT = [
  'foo',
  'bar baz',
  'a_b',
  'x*y',
  '*',
  '_',
  '**',
  '__',
  '#',
  '# ',
  '1.',
  '1)',
  '2. ',
  '- ',
  '+ ',
  '-',
  '+',
  '> ',
  '>',
  '`',
  '``',
  '```',
  '~~~',
  '~',
  '~~',
  '[',
  ']',
  '(',
  ')',
  '[x]',
  '[ ]',
  '!',
  '![',
  '<',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&#39;',
  '|',
  '\\',
  '\\*',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  '&nbsp;',
  '&#13;',
  'x&#13;&#10;y',
  '&#12;',
  '\r\n',
  '\f',
  '\v',
  '$100,000',
  '€72.000',
  'http://x.y/z',
  'https://a.b?c=d&e=f',
  'www.x.com',
  'a@b.co',
  ':',
  '=',
  '===',
  '---',
  '***',
  '___',
  'é',
  '日本',
  '😀',
  '\u00a0',
  '\u200b',
  '.',
  ',',
  ';',
  '"',
  "'",
  '?',
  '{',
  '}',
  '^',
  '%',
  '$',
  '@',
  '/',
  'end.',
  'Title:',
  '10%',
  '1990.',
  ' \t ',
  '*a*',
  '_b_',
  '<b>',
  '&',
  '&#x2a;',
  '&copy;',
];
/** Inline elements, links twice as likely; `font` and `u` are not allowed and are unwrapped. */
const INLINE = 'em i strong b code kbd del s ins sub sup q cite abbr span mark small a a img br font u'.split(' ');
/** Block elements, paragraphs three times as likely; `script`, `style` and `iframe` are removed with their content. */
const BLOCK =
  'p p p h1 h2 h3 h4 h5 h6 blockquote pre div section figure figcaption ul ol dl table hr br script style iframe'.split(
    ' ',
  );
const URLS = [
  'https://ex.com/a',
  'http://ex.com/a b',
  '/rel/path',
  'rel',
  '#frag',
  'javascript:alert(1)',
  'mailto:a@b.c',
  'https://ex.com/a_(b)',
  'https://ex.com/<x>',
  '',
  'https://ex.com/a?q=1&r=2',
  'http://x.y/a_b*c',
  'mailto:a_b@c.d',
];
const TITLES = ['', 't', 'a "quoted" title', "it's", 'paren (x)', 'a\nb'];

const attribute = (name: string, value: string): string =>
  ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

/** `count` documents from `seed`, each with its base URL (or none, as for an item without a link). */
export function randomDocuments(count: number, seed: number): Array<{ html: string; baseUrl: string | null }> {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

  const text = (): string => {
    let result = '';
    for (let i = between(1, 5); i > 0; i -= 1) result += pick(TEXT) + (random() < 0.5 ? ' ' : '');
    return result;
  };

  const inline = (depth: number): string => {
    let result = '';
    for (let i = between(1, 4); i > 0; i -= 1) {
      if (depth > 3 || random() < 0.45) {
        result += text();
        continue;
      }
      const tag = pick(INLINE);
      if (tag === 'br') result += '<br>';
      else if (tag === 'img')
        result += `<img${attribute('src', pick(URLS))}${random() < 0.7 ? attribute('alt', text()) : ''}${random() < 0.3 ? attribute('title', pick(TITLES)) : ''}>`;
      else if (tag === 'a' && random() < 0.25) {
        const url = pick(URLS);
        result += `<a${attribute('href', url)}>${url.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</a>`;
      } else {
        let attributes = '';
        if (tag === 'a')
          attributes =
            (random() < 0.9 ? attribute('href', pick(URLS)) : '') +
            (random() < 0.3 ? attribute('title', pick(TITLES)) : '');
        if (tag === 'code' && random() < 0.3) attributes = attribute('class', 'language-js');
        if (tag === 'abbr') attributes = attribute('title', 'x');
        result += `<${tag}${attributes}>${random() < 0.1 ? '' : inline(depth + 1)}</${tag}>`;
      }
      if (random() < 0.3) result += pick([' ', '', '\n', '  ']);
    }
    return result;
  };

  const cell = (header: boolean, depth: number): string => {
    const tag = header ? 'th' : 'td';
    const align = random() < 0.2 ? attribute('align', pick(['left', 'center', 'right'])) : '';
    const span = random() < 0.1 ? attribute('colspan', '2') : '';
    return `<${tag}${align}${span}>${random() < 0.15 ? blocks(depth + 1, 2) : inline(depth + 1)}</${tag}>`;
  };

  const block = (depth: number): string => {
    const tag = depth > 3 ? 'p' : pick(BLOCK);
    switch (tag) {
      case 'hr':
      case 'br':
        return `<${tag}>`;
      case 'ul':
      case 'ol': {
        let result = `<${tag}${tag === 'ol' && random() < 0.3 ? attribute('start', String(between(0, 11))) : ''}>`;
        for (let i = between(1, 4); i > 0; i -= 1)
          result += `<li>${random() < 0.3 ? blocks(depth + 1, 2) : inline(depth)}</li>${pick(['', '\n', ' '])}`;
        return `${result}</${tag}>`;
      }
      case 'dl':
        return `<dl><dt>${inline(depth)}</dt><dd>${inline(depth)}</dd></dl>`;
      case 'table': {
        const columns = between(1, 4);
        let result = `<table>${random() < 0.3 ? `<caption>${inline(depth)}</caption>` : ''}`;
        if (random() < 0.8) {
          result += '<thead><tr>';
          for (let c = 0; c < columns; c += 1) result += cell(true, depth);
          result += '</tr></thead>';
        }
        result += '<tbody>';
        for (let r = between(0, 3); r > 0; r -= 1) {
          result += '<tr>';
          for (let c = random() < 0.2 ? columns + 1 : columns; c > 0; c -= 1) result += cell(false, depth);
          result += '</tr>';
        }
        return `${result}</tbody></table>`;
      }
      case 'pre': {
        const code = random() < 0.6;
        const open = code ? `<code${random() < 0.5 ? attribute('class', 'language-py') : ''}>` : '';
        return `<pre>${open}${text()}\n${text()}${random() < 0.2 ? '```' : ''}${code ? '</code>' : ''}</pre>`;
      }
      case 'blockquote':
      case 'div':
      case 'section':
      case 'figure':
        return `<${tag}>${random() < 0.5 ? blocks(depth + 1, 3) : inline(depth)}</${tag}>`;
      case 'script':
      case 'style':
      case 'iframe':
        return `<${tag}>${text()}</${tag}>`;
      default:
        return `<${tag}>${inline(depth)}</${tag}>`;
    }
  };

  function blocks(depth: number, most: number): string {
    let result = '';
    for (let i = between(1, most); i > 0; i -= 1) result += block(depth) + pick(['', '\n', '\n\n', ' ', '\n  ']);
    return result;
  }

  const documents: Array<{ html: string; baseUrl: string | null }> = [];
  for (let i = 0; i < count; i += 1)
    documents.push({ html: blocks(0, 8), baseUrl: random() < 0.8 ? 'https://site.example/post/' : null });
  return documents;
}
