/**
 * The allowlist for feed HTML. Written out in full (rather than extending
 * GitHub's schema) so a reviewer can see every element and attribute that
 * may pass. Anything not listed is unwrapped (its text kept) or, for the
 * elements in `strip`, removed together with its content.
 */
import type { Options as SanitizeSchema } from 'rehype-sanitize';

const BLOCKS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'div',
  'section',
  'article',
  'figure',
  'figcaption',
];
const LISTS = ['ul', 'ol', 'li', 'dl', 'dt', 'dd'];
const INLINE = [
  'a',
  'img',
  'em',
  'i',
  'strong',
  'b',
  'code',
  'kbd',
  'samp',
  'del',
  's',
  'ins',
  'sub',
  'sup',
  'q',
  'cite',
  'abbr',
  'span',
  'mark',
  'small',
];
const TABLES = ['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];

export const sanitizeSchema: SanitizeSchema = {
  tagNames: [...BLOCKS, ...LISTS, ...INLINE, ...TABLES],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    ol: ['start', 'reversed'],
    code: [['className', /^language-[\w-]+$/]],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    td: ['align', 'colSpan', 'rowSpan'],
    abbr: ['title'],
  },
  // Feed content must not set ids or names: they could clash with the page's own.
  clobber: [],
  clobberPrefix: '',
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
  },
  // Removed with their content: their text is code, styling or an embed, not prose.
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'svg',
    'math',
    'iframe',
    'object',
    'embed',
    'applet',
    'frame',
    'frameset',
    'select',
    'textarea',
    'button',
    'head',
    'title',
  ],
  allowComments: false,
  allowDoctypes: false,
  ancestors: {
    tbody: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
    li: ['ul', 'ol'],
  },
};
