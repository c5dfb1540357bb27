import { describe, expect, it } from 'vitest';
import { IngestError } from '@/lib/ingest/errors';
import { parseXml, textOf, child } from '@/lib/ingest/xml';
import { fixture, rssFeed, rssItem } from './fixtures';

const parseFixture = (name: string) => parseXml(fixture(name).toString('utf8'), name);

function errorOf(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('parseXml: declarations are refused', () => {
  it('refuses an entity-expansion bomb (billion laughs) before parsing, with its position', () => {
    expect(errorOf(() => parseFixture('billion-laughs.xml')).message).toBe(
      'billion-laughs.xml:2:1: refused: the document declares <!DOCTYPE>; feeds never need a DTD or entity declarations',
    );
  });

  it('refuses an external entity (XXE) pointing at a local file', () => {
    const error = errorOf(() => parseFixture('xxe.xml'));
    expect(error.message).toMatch(/^xxe\.xml:2:1: refused: the document declares <!DOCTYPE>/);
    expect(error.message).not.toContain('root:');
  });

  it('refuses a lone ENTITY declaration and a lowercase doctype', () => {
    expect(errorOf(() => parseXml('<rss><channel><!ENTITY x "y"></channel></rss>', 'e.xml')).message).toMatch(
      /^e\.xml:1:15: refused: the document declares <!ENTITY>/,
    );
    expect(errorOf(() => parseXml('<!doctype rss><rss/>', 'd.xml')).message).toMatch(/^d\.xml:1:1: refused/);
  });

  it('refuses a declaration hidden behind a fake CDATA opener inside a comment', () => {
    const xml =
      '<rss version="2.0"><!-- <![CDATA[ --><!DOCTYPE r [<!ENTITY a "AAAA">]><!-- ]]> --><channel><title>&a;</title></channel></rss>';
    expect(errorOf(() => parseXml(xml, 'hidden.xml')).message).toMatch(
      /^hidden\.xml:1:38: refused: the document declares <!DOCTYPE>/,
    );
  });

  it('accepts an article that quotes "<!DOCTYPE html>" inside CDATA or a comment', () => {
    const xml = rssFeed([
      rssItem({ description: '<pre>&lt;!DOCTYPE html&gt;</pre><!DOCTYPE html><p>Start every page with it.</p>' }),
    ]).replace('<channel>', '<channel><!-- <!DOCTYPE note> -->');
    const { root } = parseXml(xml, 'quoted.xml');
    expect(textOf(child(child(child(root, 'channel') ?? {}, 'item') ?? {}, 'description'))).toContain(
      '<!DOCTYPE html><p>Start every page with it.</p>',
    );
  });
});

describe('parseXml: malformed documents', () => {
  it('rejects a mismatched closing tag with file:line:column', () => {
    expect(errorOf(() => parseFixture('broken.xml')).message).toMatch(
      /^broken\.xml:5:18: not well-formed XML: Expected closing tag 'title'/,
    );
  });

  it('rejects an unclosed document and stray text with a location', () => {
    expect(errorOf(() => parseXml('<rss version="2.0">\n<channel>\n<item>\n', 'cut.xml')).message).toMatch(
      /^cut\.xml:\d+:\d+: not well-formed XML/,
    );
    expect(errorOf(() => parseXml('<rss><channel></rss>', 'mismatch.xml')).message).toMatch(
      /^mismatch\.xml:1:\d+: not well-formed XML/,
    );
  });

  it('rejects two root elements', () => {
    expect(errorOf(() => parseXml('<a>1</a><b>2</b>', 'two.xml')).message).toMatch(
      /^two\.xml:1:\d+: not well-formed XML: Multiple possible root nodes/,
    );
  });
});

describe('parseXml: text', () => {
  it('strips control characters XML 1.0 forbids, keeping tab and newline', () => {
    const { root } = parseXml('<rss><channel><title>a\u0001b\u000bc\u001fd\te\nf</title></channel></rss>', 'c.xml');
    expect(textOf(child(child(root, 'channel') ?? {}, 'title'))).toBe('abcd\te\nf');
  });

  it('decodes XML entities exactly once and keeps CDATA literal', () => {
    const { root } = parseXml(
      '<rss><channel><title>Fish &amp;amp; chips &#8217;</title><description><![CDATA[&amp; <b>bold</b>]]></description></channel></rss>',
      't.xml',
    );
    const channel = child(root, 'channel') ?? {};
    expect(textOf(child(channel, 'title'))).toBe('Fish &amp; chips ’');
    expect(textOf(child(channel, 'description'))).toBe('&amp; <b>bold</b>');
  });
});
