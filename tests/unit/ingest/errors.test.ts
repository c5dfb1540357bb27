import { describe, expect, it } from 'vitest';
import { formatWarning, IngestError } from '@/lib/ingest/errors';

describe('IngestError', () => {
  it('reads file:line:column: problem, so editors can jump to it', () => {
    expect(new IngestError('feed.xml', 'bad', { line: 5, column: 3 }).message).toBe('feed.xml:5:3: bad');
    expect(new IngestError('feed.xml', 'bad').message).toBe('feed.xml: bad');
  });
});

describe('formatWarning', () => {
  it('names the file, the item and the field', () => {
    expect(
      formatWarning({ file: 'f.xml', item: '#2', field: 'title', message: 'missing or empty; item skipped' }),
    ).toBe('f.xml: item #2: title: missing or empty; item skipped');
    expect(
      formatWarning({ file: 'f.xml', item: null, field: null, message: 'the feed has no items; nothing changed' }),
    ).toBe('f.xml: the feed has no items; nothing changed');
  });

  it('never echoes raw control characters from feed data into the log', () => {
    const line = formatWarning({
      file: 'f.xml',
      item: 'g\u001b[31m',
      field: 'pubDate',
      message: 'not a valid date: "\u0007\u009b2J"',
    });
    expect(line).toBe('f.xml: item g\\u001b[31m: pubDate: not a valid date: "\\u0007\\u009b2J"');
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
