import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/records/document/sentences';

describe('splitSentences', () => {
  it('does not split at abbreviations, decimals or initials', () => {
    const text =
      'In the U.S., pay is $31.24 per hour on avg. in some places. Coursera/BLS data (e.g. BLS) agrees. Washington, D.C. pays more.';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      'In the U.S., pay is $31.24 per hour on avg. in some places.',
      'Coursera/BLS data (e.g. BLS) agrees.',
      'Washington, D.C. pays more.',
    ]);
  });

  it('ends a sentence at a line break and keeps offsets into the text', () => {
    const text = 'Entry $1\nSenior $2. Next one.';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Entry $1', 'Senior $2.', 'Next one.']);
    for (const sentence of sentences)
      expect(text.slice(sentence.start, sentence.start + sentence.text.length)).toBe(sentence.text);
  });
});
