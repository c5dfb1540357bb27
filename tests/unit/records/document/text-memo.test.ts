import { describe, expect, it } from 'vitest';
import { foldWhiteSpace, remembered } from '@/lib/records/document/text-memo';

describe('remembered', () => {
  it('reads each text once and gives back what it read, null and undefined included', () => {
    const read: string[] = [];
    const lengthOrNothing = remembered((text) => {
      read.push(text);
      return text === '' ? undefined : text.length > 3 ? text.length : null;
    });
    expect(['Senior', 'AI', '', 'Senior', 'AI', ''].map(lengthOrNothing)).toEqual([
      6,
      null,
      undefined,
      6,
      null,
      undefined,
    ]);
    expect(read).toEqual(['Senior', 'AI', '']);
  });

  it('forgets everything once it holds 4,096 texts, and reads again what it forgot', () => {
    let reads = 0;
    const upper = remembered((text) => {
      reads += 1;
      return text.toUpperCase();
    });
    for (let i = 0; i <= 4_096; i += 1) upper(`text ${i}`);
    expect(reads).toBe(4_097);
    expect(upper('text 0')).toBe('TEXT 0');
    expect(reads).toBe(4_098);
  });
});

describe('foldWhiteSpace', () => {
  it('makes every run of white space one space, as replacing /\\s+/ would', () => {
    const texts = [
      'AI Engineer salary',
      'AI  Engineer\tsalary\n\nin 2025',
      ' leading and trailing ',
      'no\u00a0break\u2003em space',
      '\n',
      '',
      'a \t b',
    ];
    for (const text of texts) expect(foldWhiteSpace(text)).toBe(text.replace(/\s+/g, ' '));
  });
});
