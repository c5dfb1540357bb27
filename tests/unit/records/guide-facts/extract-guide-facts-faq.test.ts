import { describe, expect, it } from 'vitest';
import { brief, facts } from './guide-facts-fixtures';

describe('extractGuideFacts: FAQ', () => {
  it('answers each heading question with the paragraphs up to the next heading, for the roles it names', () => {
    const result = facts(
      [
        '## **People Also Ask**',
        '',
        '#### **What are the salary ranges for Data Scientists in 2025?**',
        '',
        'Data Scientists earn between $95K and $190K.',
        '',
        'Leaders earn more.',
        '',
        '#### **Can one person be both an AI Engineer and a Data Scientist?**',
        '',
        'Rarely.',
        '',
        '#### **How do I build a balanced team?**',
        '',
        'Combine specialists.',
        '',
        'The post Hiring Guide appeared first on 9cv9 Career Blog.',
        '',
        '## Sources',
        '',
        'LinkedIn',
      ],
      ['ai-architect'],
    );
    expect(brief(result, 'faq')).toEqual([
      {
        role: 'data-scientist',
        text: 'What are the salary ranges for Data Scientists in 2025?',
        detail: 'Data Scientists earn between $95K and $190K. Leaders earn more.',
      },
      { role: 'ai-engineer', text: 'Can one person be both an AI Engineer and a Data Scientist?', detail: 'Rarely.' },
      {
        role: 'data-scientist',
        text: 'Can one person be both an AI Engineer and a Data Scientist?',
        detail: 'Rarely.',
      },
      { role: 'ai-architect', text: 'How do I build a balanced team?', detail: 'Combine specialists.' },
    ]);
    expect(result[0]).toMatchObject({
      section: 'What are the salary ranges for Data Scientists in 2025?',
      sectionId: 'what-are-the-salary-ranges-for-data-scientists-in-2025',
    });
  });

  it('reads a question written on the first line of its answer paragraph', () => {
    const result = facts([
      '## FAQs',
      '',
      '**What is the role of an AI Trainer?**\\',
      'An AI Trainer improves AI models.',
      '',
      '**Is it a good career?**\\',
      'Yes.',
    ]);
    expect(brief(result, 'faq')).toEqual([
      { role: 'ai-trainer', text: 'What is the role of an AI Trainer?', detail: 'An AI Trainer improves AI models.' },
      { role: 'ai-engineer', text: 'Is it a good career?', detail: 'Yes.' },
    ]);
    expect(result[0]?.section).toBe('FAQs');
  });
});
