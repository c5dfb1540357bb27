import { describe, expect, it } from 'vitest';
import { brief, facts } from './guide-facts-fixtures';

describe('extractGuideFacts: responsibilities', () => {
  it('splits a bold lead from its description and keeps the role of the heading', () => {
    const result = facts(
      [
        '## Key Responsibilities of a Data Scientist',
        '',
        '- **Model Development**: Design and train predictive models.',
        '- Collaborating with AI Engineers and product managers to ship insights.',
        '- Communicating findings to stakeholders;',
      ],
      ['ai-engineer'],
    );
    // The second item names AI Engineers as collaborators; the duty is still the data scientist's.
    expect(brief(result, 'responsibility')).toEqual([
      { role: 'data-scientist', text: 'Model Development', detail: 'Design and train predictive models.' },
      {
        role: 'data-scientist',
        text: 'Collaborating with AI Engineers and product managers to ship insights.',
        detail: null,
      },
      { role: 'data-scientist', text: 'Communicating findings to stakeholders', detail: null },
    ]);
    expect(result[0]).toMatchObject({
      article: 'guide',
      section: 'Key Responsibilities of a Data Scientist',
      sectionId: 'key-responsibilities-of-a-data-scientist',
    });
  });

  it('gives a label over nested items one fact whose detail is the items', () => {
    const result = facts([
      '### Core Responsibilities of AI Engineers',
      '',
      '- **End-to-End AI System Development**',
      '',
      '  - Translate business problems into AI use cases',
      '  - Convert trained models into APIs',
      '',
      '- **Data Curation**:',
      '  - Clean raw data.',
      '  - Remove duplicates.',
    ]);
    expect(brief(result, 'responsibility')).toEqual([
      {
        role: 'ai-engineer',
        text: 'End-to-End AI System Development',
        detail: 'Translate business problems into AI use cases; Convert trained models into APIs',
      },
      { role: 'ai-engineer', text: 'Data Curation', detail: 'Clean raw data. Remove duplicates.' },
    ]);
  });

  it('lets each item stand alone under a label that itself says "tasks", and reads bold lead-in paragraphs', () => {
    const result = facts([
      '### Daily Responsibilities',
      '',
      '- **Daily Task Overview**',
      '  - Clean and preprocess datasets',
      '  - Monitor system performance',
      '',
      '#### Who Is a Data Scientist?',
      '',
      '**Core Responsibilities:**',
      '',
      '- Design experiments for business problems',
      '',
      '**Key Technical Skills:**',
      '',
      '- Python, R, SQL',
    ]);
    expect(brief(result, 'responsibility')).toEqual([
      { role: 'ai-engineer', text: 'Clean and preprocess datasets', detail: null },
      { role: 'ai-engineer', text: 'Monitor system performance', detail: null },
      { role: 'data-scientist', text: 'Design experiments for business problems', detail: null },
    ]);
  });

  it('reads bold-labelled paragraphs as the items of a responsibilities section written without a list', () => {
    const result = facts([
      '## What does an AI Engineer do?',
      '',
      '**Model deployment:** Package and deploy models with Docker and Kubernetes.',
      '',
      '**Monitoring**: Track model drift and data quality in production.',
      '',
      // Not items: a plain paragraph, a label alone, and a note without bold.
      'Most days mix both kinds of work.',
      '',
      '**Core duties:**',
      '',
      'Note: titles vary between companies.',
      '',
      '## Salary',
      '',
      '**Entry level:** Most start on a junior contract.',
    ]);
    expect(brief(result, 'responsibility')).toEqual([
      {
        role: 'ai-engineer',
        text: 'Model deployment',
        detail: 'Package and deploy models with Docker and Kubernetes.',
      },
      { role: 'ai-engineer', text: 'Monitoring', detail: 'Track model drift and data quality in production.' },
    ]);
  });

  it('gives an item to the role it opens with, and skips items that describe the market instead of a duty', () => {
    const result = facts([
      '## Core Responsibilities',
      '',
      '- Ships models to production.',
      '- Data Scientists explore the data and test hypotheses.',
      '- By 2025, enterprises demand more from the role.',
    ]);
    expect(brief(result, 'responsibility')).toEqual([
      { role: 'ai-engineer', text: 'Ships models to production.', detail: null },
      { role: 'data-scientist', text: 'Data Scientists explore the data and test hypotheses.', detail: null },
    ]);
  });

  it('falls back to every primary role when nothing nearer names one', () => {
    const result = facts(
      ['## What does the role actually do all day?', '', '- Ship models to production'],
      ['ai-engineer', 'data-scientist'],
    );
    expect(brief(result, 'responsibility').map((fact) => fact.role)).toEqual(['ai-engineer', 'data-scientist']);
  });

  it('reads responsibility tables: a description column, and roles ticked per task', () => {
    const result = facts([
      '### A Breakdown of Key Tasks',
      '',
      '| Task | Description | Required Skills |',
      '| - | - | - |',
      '| Data Curation | Creating clean datasets. | Attention to detail |',
      '',
      '#### Sample Daily Tasks: AI Engineer vs. Data Scientist',
      '',
      '| Task Description | AI Engineer | Data Scientist |',
      '| - | - | - |',
      '| Deploy model to production | ✔ | ❌ |',
      '| Design and execute A/B tests | ❌ | ✔ |',
    ]);
    expect(brief(result, 'responsibility')).toEqual([
      { role: 'ai-engineer', text: 'Data Curation', detail: 'Creating clean datasets.' },
      { role: 'ai-engineer', text: 'Deploy model to production', detail: null },
      { role: 'data-scientist', text: 'Design and execute A/B tests', detail: null },
    ]);
  });

  it('leaves out lists about something else inside a responsibilities section, and duplicate items', () => {
    const result = facts([
      '## 2. Core Responsibilities and Scope of Role',
      '',
      '## A. Strategic Planning',
      '',
      '- Develops detailed AI roadmaps.',
      '- Develops detailed AI roadmaps.',
      '- **Key Tools**:',
      '  - Kubernetes and MLflow',
      '',
      'Industry Implications in 2025',
      '',
      '- Organizations rely on AI Engineers to scale AI.',
      '- Enterprises view the role as pivotal.',
    ]);
    // "A." sits under "2. Core Responsibilities" even though both are level-2 headings.
    expect(brief(result, 'responsibility')).toEqual([
      { role: 'ai-engineer', text: 'Develops detailed AI roadmaps.', detail: null },
    ]);
  });

  it('drops duties of a position that is not a known role instead of giving them to the article', () => {
    const result = facts([
      '### AI Ethics Specialist: Ensuring Fairness',
      '',
      '**Role and Responsibilities:**',
      '',
      '- Audit models for bias',
    ]);
    expect(result).toEqual([]);
  });

  it('ignores the table of contents, whose items repeat the headings', () => {
    const result = facts([
      '## The AI Engineer Career Path',
      '',
      '1. [Responsibilities of an AI Engineer](#responsibilities-of-an-ai-engineer)',
      '2. [Senior AI Engineer](#senior-ai-engineer)',
      '',
      '## Responsibilities of an AI Engineer',
      '',
      '- Ship models',
      '',
      '## Senior AI Engineer',
      '',
      'Some text.',
    ]);
    expect(result.map((fact) => [fact.kind, fact.text])).toEqual([['responsibility', 'Ship models']]);
  });
});
