import { describe, expect, it } from 'vitest';
import { brief, facts } from './guide-facts-fixtures';

describe('extractGuideFacts: career steps', () => {
  it('reads steps from a list, splits a line table by those titles, and keeps each step once', () => {
    const result = facts([
      '## A. The Data Scientist Career Path',
      '',
      'Career Progression Overview',
      '',
      '- Junior Data Scientist: Cleans data and builds reports.',
      '- Lead Data Scientist: Leads the team.',
      '- The path is structured yet dynamic, offering progression to leadership.',
      '',
      'Career Path Matrix',
      '',
      'Role Core Responsibilities Salary\\',
      'Junior Data Scientist Cleans data 70,000\\',
      'Lead Data Scientist Leads the team 150,000\\',
      'Principal Data Scientist Sets direction 190,000',
    ]);
    expect(brief(result, 'career-step')).toEqual([
      { role: 'data-scientist', text: 'Junior Data Scientist', detail: 'Cleans data and builds reports.' },
      { role: 'data-scientist', text: 'Lead Data Scientist', detail: 'Leads the team.' },
      // No list item names this step, so its row cannot be split reliably: kept whole.
      { role: 'data-scientist', text: 'Principal Data Scientist Sets direction 190,000', detail: null },
    ]);
  });

  it('reads a ladder table as steps of the path the section is about, not of the role each row names', () => {
    const result = facts([
      '## AI Engineer Career Progression Roadmap',
      '',
      '### Typical Career Ladder',
      '',
      '| Role Title | Key Responsibilities | Avg. Experience Level |',
      '| - | - | - |',
      '| Junior AI Engineer | Supports model development. | 0–2 years |',
      '| AI Architect | Designs the AI infrastructure. | 10+ years |',
      '',
      '## Key Skills and Competencies for Career Advancement',
      '',
      '| Skill Category | Examples |',
      '| - | - |',
      '| Technical Skills | Python |',
    ]);
    expect(brief(result, 'career-step')).toEqual([
      { role: 'ai-engineer', text: 'Junior AI Engineer', detail: 'Supports model development.' },
      { role: 'ai-engineer', text: 'AI Architect', detail: 'Designs the AI infrastructure.' },
    ]);
    expect(brief(result, 'responsibility')).toEqual([]);
  });

  it('takes a position label with nested items as a step, and skips labels that are not positions', () => {
    const result = facts([
      '## Career Pathways for AI Trainers',
      '',
      '- **Senior AI Trainer**:',
      '  - Manages training teams.',
      '- **Skills for Transitioning**:',
      '  - **Programming**: Python and SQL.',
      '- **Moving Up Over Time**:',
      '  - It takes years of practice.',
    ]);
    expect(brief(result, 'career-step')).toEqual([
      { role: 'ai-trainer', text: 'Senior AI Trainer', detail: 'Manages training teams.' },
    ]);
  });
});

describe('extractGuideFacts: interview questions', () => {
  it('takes the questions of interview sections, unquoted, for the role the section interviews', () => {
    const result = facts([
      '## Interviewing AI Engineers: What to Focus On',
      '',
      '**Sample Technical Questions:**',
      '',
      '- How would you deploy a real-time NLP model?',
      '- Walk me through how you’d validate a model.',
      '- “How have you collaborated with data scientists?”',
      '',
      '#### 6. Technical Expertise and Tools',
      '',
      '- What is your perspective on AI frameworks? Give examples.',
    ]);
    expect(brief(result, 'interview-question')).toEqual([
      { role: 'ai-engineer', text: 'How would you deploy a real-time NLP model?', detail: null },
      { role: 'ai-engineer', text: 'How have you collaborated with data scientists?', detail: null },
      { role: 'ai-engineer', text: 'What is your perspective on AI frameworks? Give examples.', detail: null },
    ]);
  });

  it('takes questions written as headings under an interview section, but not the section\'s own title', () => {
    const result = facts([
      '## What to expect in an AI Engineer interview?',
      '',
      'Most loops have three rounds.',
      '',
      '### How do you handle missing data?',
      '',
      'Drop, impute or model it, depending on why it is missing.',
      '',
      '### What is the difference between bagging and boosting?',
      '',
      'Bagging averages independent models; boosting trains them in sequence.',
      '',
      '## Salary',
      '',
      '### Is an AI Engineer paid more than a data scientist?',
    ]);
    expect(brief(result, 'interview-question')).toEqual([
      { role: 'ai-engineer', text: 'How do you handle missing data?', detail: null },
      { role: 'ai-engineer', text: 'What is the difference between bagging and boosting?', detail: null },
    ]);
  });

  it('reads question cells of interview tables', () => {
    const result = facts([
      '### Sample Interview Topics Coverage Table',
      '',
      '| Topic Area | Common Interview Questions |',
      '| - | - |',
      '| Evaluation Metrics | “When would you use F1-score over accuracy?” |',
      '| ML Algorithms | “Explain the difference between trees and SVMs.” |',
    ]);
    expect(brief(result, 'interview-question')).toEqual([
      { role: 'ai-engineer', text: 'When would you use F1-score over accuracy?', detail: null },
    ]);
  });
});
