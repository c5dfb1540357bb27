import { describe, expect, it } from 'vitest';
import type { MergedItem, Statement } from '@/lib/guides/merge';
import { itemWith, mergedFacts, mergedNeeds, type FactKind } from './real-records';

type Pair = [role: string, kind: FactKind | 'hiring-need', a: string, b: string];

function itemsOf(role: string, kind: FactKind | 'hiring-need'): MergedItem<Statement>[] {
  return kind === 'hiring-need' ? mergedNeeds() : mergedFacts(role, kind);
}

// Statements of the real articles that say the same thing: each pair must be one item.
const mustMerge: Pair[] = [
  ['ai-engineer', 'responsibility', 'Deploy AI models into real-world production environments', 'Deployment'],
  [
    'ai-engineer',
    'responsibility',
    'Deploy AI models into real-world production environments',
    'Build, train, test, and deploy machine learning models into production environments',
  ],
  [
    'ai-engineer',
    'responsibility',
    'Clean and preprocess large datasets for training and inference',
    'Data Processing',
  ],
  [
    'ai-engineer',
    'responsibility',
    'Monitoring live AI to verify accuracy.',
    'Monitor system performance, retrain models, and update as needed',
  ],
  ['ai-architect', 'responsibility', 'Strategic Planning', 'Strategic Planning and Roadmapping'],
  [
    'ai-architect',
    'responsibility',
    'Seamless integration of AI components into existing IT infrastructure',
    'Enterprise Integration',
  ],
  ['ai-trainer', 'responsibility', 'Model Evaluation and Performance Enhancement', 'Model Evaluation & Improvement'],
  [
    'ai-engineer',
    'faq',
    'What are the salary ranges for AI Engineers in 2025?',
    'How much does an AI Engineer earn in 2025?',
  ],
  ['ai-engineer', 'faq', 'What is the average salary of an AI Engineer?', 'How much does an AI Engineer earn in 2025?'],
  [
    'ai-architect',
    'faq',
    'What is the salary of an AI Architect in 2025?',
    'What is the average salary of an AI Architect in 2025?',
  ],
  [
    'ai-engineer',
    'faq',
    'What skills do employers look for in AI engineer job descriptions?',
    'What skills are essential for AI Engineers in 2025?',
  ],
  ['ai-engineer', 'faq', 'What does an AI engineer do day to day?', 'What is the role of an AI Engineer?'],
  ['ai-architect', 'faq', 'What is an AI Architect?', 'What are the primary responsibilities of an AI Architect?'],
  [
    'data-scientist',
    'faq',
    'What’s the difference between an AI engineer and a data scientist?',
    'What is the main difference between an AI Engineer and a Data Scientist?',
  ],
  [
    'ai-trainer',
    'faq',
    'What qualifications are needed to become an AI Trainer?',
    'What are the educational requirements for an AI Trainer?',
  ],
  [
    'ai-engineer',
    'interview-question',
    'How have you deployed models using Azure ML or AWS SageMaker?',
    'How would you deploy a real-time NLP model for millions of users?',
  ],
  [
    'ai-trainer',
    'interview-question',
    'In cases where a model underperforms, how do you troubleshoot and improve it?',
    'How do you handle situations where your AI model consistently underperforms or produces inaccurate results?',
  ],
  ['ai-engineer', 'career-step', 'Senior AI Engineer', 'Senior'],
  ['ai-engineer', 'career-step', 'Lead AI Engineer', 'AI Team Lead'],
  ['ai-engineer', 'career-step', 'AI Product Manager', 'Product Manager (AI Focused)'],
  ['ai-architect', 'career-step', 'Head of AI / Chief AI Officer', 'CTO/Chief AI Architect'],
  ['', 'hiring-need', 'Need to deploy AI into a scalable product', 'Deploying production-ready ML models'],
  ['', 'hiring-need', 'Need real-time model deployment', 'You have a working ML model but need it live in your app'],
  [
    '',
    'hiring-need',
    'Forecasting sales, user behavior, or marketing ROI',
    'Forecasting inventory needs across regions',
  ],
  ['', 'hiring-need', 'Running A/B tests on marketing campaigns', 'Design A/B testing frameworks'],
];

// Statements that look alike but say different things: each pair must stay two items.
const mustNotMerge: Pair[] = [
  ['ai-trainer', 'faq', 'How does location impact an AI Trainer’s salary?', 'How much do AI Trainers earn in the US?'],
  [
    'ai-engineer',
    'faq',
    'What is the salary difference between entry-level and senior AI Engineers?',
    'What is the average salary of an AI Engineer?',
  ],
  [
    'ai-engineer',
    'faq',
    'Who earns more in 2025: AI Engineers or Data Scientists?',
    'What is the average salary of an AI Engineer?',
  ],
  [
    'data-scientist',
    'faq',
    'What is the difference between an AI Architect and a Data Scientist?',
    'What is the difference between an AI Engineer and a Data Scientist?',
  ],
  [
    'ai-architect',
    'faq',
    'How does an AI Architect differ from a Machine Learning Engineer?',
    'What is the difference between an AI Architect and a Data Scientist?',
  ],
  [
    'ai-engineer',
    'faq',
    'What are the different career paths for an AI Engineer?',
    'What is the difference between AI, ML, and data science roles?',
  ],
  [
    'ai-engineer',
    'faq',
    'What is the role of machine learning in AI Engineering?',
    'What is the role of an AI Engineer?',
  ],
  [
    'ai-architect',
    'faq',
    'What is the role of AI Architects in creating smart cities?',
    'What is the role of an AI Architect?',
  ],
  [
    'ai-engineer',
    'faq',
    'What soft skills are important for an AI Engineer?',
    'What skills are required to become an AI Engineer?',
  ],
  ['ai-engineer', 'faq', 'How does AI Engineering impact other industries?', 'What industries hire AI Engineers?'],
  [
    'ai-engineer',
    'responsibility',
    'Clean and preprocess large datasets for training and inference',
    'Deploy AI models into real-world production environments',
  ],
  ['ai-trainer', 'responsibility', 'Shaping AI Responses', 'Ethical AI Development'],
  [
    'ai-engineer',
    'interview-question',
    'When would you use F1-score over accuracy?',
    'How do you optimize model inference speed in a cloud environment?',
  ],
  [
    'ai-trainer',
    'interview-question',
    'What experience do you have with dataset labeling and annotation? How do you ensure the accuracy and consistency of these annotations?',
    'How do you evaluate the performance of a model? What metrics do you prioritize, and why?',
  ],
  ['ai-engineer', 'career-step', 'Junior AI Engineer', 'Senior AI Engineer'],
  ['ai-engineer', 'career-step', 'Machine Learning Engineer', 'Data Scientist'],
  ['ai-engineer', 'career-step', 'AI Engineer', 'AI Architect'],
  [
    '',
    'hiring-need',
    'Forecasting sales, user behavior, or marketing ROI',
    'Need to deploy AI into a scalable product',
  ],
  ['', 'hiring-need', 'Forecasting inventory needs across regions', 'Need real-time model deployment'],
  ['', 'hiring-need', 'Implementing NLP chatbots or recommendation systems', 'Exploring data to gain insights'],
];

describe('merging the real articles’ statements', () => {
  it.each(mustMerge)('%s %s: "%s" and "%s" are one item', (role, kind, a, b) => {
    const items = itemsOf(role, kind);
    expect(itemWith(items, a)).toBe(itemWith(items, b));
  });

  it.each(mustNotMerge)('%s %s: "%s" and "%s" stay apart', (role, kind, a, b) => {
    const items = itemsOf(role, kind);
    expect(itemWith(items, a)).not.toBe(itemWith(items, b));
  });

  it('ranks the deployment duty the AI Engineer articles share by its three articles, with every quote', () => {
    const items = mergedFacts('ai-engineer', 'responsibility');
    const deploying = itemWith(items, 'Deploy AI models into real-world production environments');
    expect(deploying.label).toBe('Deploying models to production');
    expect(deploying.articles).toHaveLength(3);
    expect(deploying.matched).toEqual(expect.arrayContaining(['deploy', 'production']));
    expect(items[0]?.articles.length).toBe(3);
  });

  it('keys the Data Scientist’s comparison questions by the other role, in the item id', () => {
    const items = mergedFacts('data-scientist', 'faq');
    const withEngineer = itemWith(items, 'What is the difference between an AI Engineer and a Data Scientist?');
    expect(withEngineer.otherRoles).toEqual(['ai-engineer']);
    expect(withEngineer.id).toBe('differences--ai-engineer');
    expect(withEngineer.articles).toHaveLength(3);
  });
});
