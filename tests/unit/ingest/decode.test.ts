import { describe, expect, it } from 'vitest';
import { decodeSource } from '@/lib/ingest/decode';
import { readSource } from '@/lib/ingest/source';
import { rssFeed, rssItem } from './fixtures';

const latin1Feed = (encoding: string, title: string): Buffer =>
  Buffer.from(rssFeed([rssItem({ title, description: `<p>${title}</p>` })], { encoding }), 'latin1');

describe('decodeSource', () => {
  it.each(['windows-1252', 'ISO-8859-1', 'latin1', 'cp1252'])('honours encoding="%s" in the XML prolog', (encoding) => {
    const text = decodeSource(latin1Feed(encoding, 'Café naïve'), 'f.xml');
    expect(text).toContain('<title>Café naïve</title>');
    expect(text).not.toContain('\ufffd');
  });

  it('maps windows-1252 bytes 0x80-0x9F to their characters (€, curly quotes, dashes)', () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?><t>', 'latin1'),
      Buffer.from([0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x92]),
      Buffer.from('</t>'),
    ]);
    expect(decodeSource(bytes, 'f.xml')).toBe('<?xml version="1.0" encoding="windows-1252"?><t>€ “q” – ’</t>');
  });

  it('reads an ISO-8859-1 feed the way browsers do: as windows-1252', () => {
    const bytes = Buffer.concat([
      Buffer.from("<?xml version='1.0' encoding='ISO-8859-1'?><t>5 ", 'latin1'),
      Buffer.from([0x80]),
      Buffer.from('</t>'),
    ]);
    expect(decodeSource(bytes, 'f.xml')).toContain('<t>5 €</t>');
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss>café</rss>')]);
    expect(decodeSource(bytes, 'f.xml')).toBe('<rss>café</rss>');
  });

  it('decodes UTF-16 (little- and big-endian) by its byte-order mark, whatever the prolog says', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><rss>café €</rss>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect(decodeSource(le, 'le.xml')).toBe(text);
    expect(decodeSource(be, 'be.xml')).toBe(text);
  });

  it('rejects an unknown encoding label', () => {
    expect(() => decodeSource(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><rss/>'), 'k.xml')).toThrow(
      'k.xml: unsupported encoding "x-klingon" in the XML declaration',
    );
  });

  it('rejects bytes that are not valid in the (default) UTF-8 encoding', () => {
    expect(() => decodeSource(Buffer.from('<rss>caf\xe9</rss>', 'latin1'), 'bad.xml')).toThrow(
      'bad.xml: bytes are not valid utf-8',
    );
  });

  it('rejects binary data as not a feed', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(() => decodeSource(png, 'image.png')).toThrow('image.png: not a feed (binary data)');
    expect(() => decodeSource(Buffer.from('<rss>\u0000</rss>'), 'nul.xml')).toThrow(
      'nul.xml: not a feed (binary data)',
    );
  });
});

describe('readSource with encodings end to end', () => {
  it('reads "café", "naïve" and "€" from a windows-1252 feed into the article', () => {
    const result = readSource('cp1252.xml', latin1Feed('windows-1252', 'Café naïve \x80 5'));
    expect(result.candidates.map((candidate) => [candidate.title, candidate.body])).toEqual([
      ['Café naïve € 5', 'Café naïve € 5\n'],
    ]);
  });

  it('reads a UTF-16 feed with a BOM', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(rssFeed([rssItem({ title: 'Ünïcode – 16' })], { encoding: 'UTF-16' }), 'utf16le'),
    ]);
    expect(readSource('utf16.xml', bytes).candidates[0]?.title).toBe('Ünïcode – 16');
  });
});
