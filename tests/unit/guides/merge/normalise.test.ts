import { describe, expect, it } from 'vitest';
import { createNormaliser, tokenize } from '@/lib/guides/merge';

const stems = (normalise: ReturnType<typeof createNormaliser>, text: string) =>
  normalise(text).map((token) => token.stem);

describe('normalising statements', () => {
  const normalise = createNormaliser(['AI Engineer', 'Data Scientist', 'AI/ML Engineer', 'AI Trainer']);

  it('lower-cases, folds accents and compatibility characters, and splits on anything but letters and digits', () => {
    expect(tokenize('Résumé ＡＩ-driven CI/CD').map((token) => token.word)).toEqual([
      'resume',
      'ai',
      'driven',
      'ci',
      'cd',
    ]);
  });

  it('drops stop words and years, keeping the words that carry a question', () => {
    expect(stems(normalise, 'How much does an AI Engineer earn in 2025?')).toEqual(['much', 'earn']);
    expect(stems(normalise, 'How long does it take to become an AI Engineer?')).toEqual(['long', 'take', 'becom']);
  });

  it('drops role names as whole phrases, plurals and possessives too, and keeps their words elsewhere', () => {
    expect(stems(normalise, 'How does location impact an AI Trainer’s salary?')).toEqual(['locat', 'impact', 'salari']);
    expect(stems(normalise, 'Who earns more: AI Engineers or Data Scientists?')).toEqual(['earn', 'more']);
    expect(stems(normalise, 'Junior AI/ML Engineer')).toEqual(['junior']);
    expect(stems(normalise, 'Collect data for the data team')).toEqual(['collect', 'data', 'data', 'team']);
  });

  it('does not take the field for the role: "AI Engineering" is not the AI Engineer', () => {
    expect(stems(normalise, 'Is AI Engineering a good career?')).toEqual(['ai', 'engin', 'good', 'career']);
  });

  it('gives the forms of one word one stem, where Porter alone would not', () => {
    const deploy = ['deploy', 'deploys', 'deployed', 'deploying', 'deployment'].map(
      (word) => stems(normalise, word)[0],
    );
    expect(new Set(deploy)).toEqual(new Set(['deploy']));
  });

  it('keeps apart words Porter would confuse', () => {
    const [production, product] = [stems(normalise, 'production'), stems(normalise, 'product')];
    expect(production).not.toEqual(product);
    expect(stems(normalise, 'different')).not.toEqual(stems(normalise, 'difference'));
    expect(stems(normalise, 'experience')).not.toEqual(stems(normalise, 'experiments'));
    expect(stems(normalise, 'responses')).not.toEqual(stems(normalise, 'responsible'));
  });

  it('reads a negation as "not", not as a stray letter', () => {
    expect(stems(normalise, 'What are some reasons we shouldn’t hire you?')).toEqual(['reason', 'not', 'hire']);
  });
});
