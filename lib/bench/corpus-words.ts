/**
 * The phrase pools the benchmark corpus is written from. They imitate the
 * career-blog articles in content/sources (headings, lead-ins, table shapes)
 * so that ingest, the record extractors and the pages do the same work per
 * article as they do on real content.
 */

/**
 * "an AI Engineer", "an NLP Engineer", "a Data Scientist": the indefinite
 * article by the first sound. An initialism is read letter by letter, and
 * these letters' names start with a vowel sound.
 */
export function a(name: string): string {
  const first = name.split(/\s/)[0] ?? '';
  // "NLP", "LLM", and "MLOps" too: a leading run of capitals is spelled out.
  const initialism = /^[A-Z]{2,}/.test(first);
  const vowelSound = initialism ? /^[AEFHILMNORSX]/.test(first) : /^[AEIOU]/i.test(first);
  return `${vowelSound ? 'an' : 'a'} ${name}`;
}

export const AUTHORS = ['Maya Chen', 'Daniel Okafor', 'Priya Raman', 'Lucas Moreau', 'Sara Lindqvist', 'Tom Becker'];

export const INDUSTRIES = [
  'finance',
  'healthcare',
  'retail',
  'manufacturing',
  'logistics',
  'insurance',
  'telecommunications',
  'energy',
  'media',
  'the public sector',
];

/** Salary survey names articles credit; invented, so no real publisher is misquoted. */
export const PAY_SOURCES = [
  'the Talent Pay Survey',
  'the Tech Compensation Index',
  'the AI Jobs Barometer',
  'PayScope',
];

export const TITLE_TEMPLATES: readonly ((role: string, year: number, focus: string) => string)[] = [
  (role, year, focus) => `${role} Salary Guide ${year}: Pay by Level and Location${focus}`,
  (role, year, focus) => `How to Become ${a(role)} in ${year}: Skills, Tools and Career Path${focus}`,
  (role, year, focus) => `The ${role} Career in ${year}: An In-Depth Industry Analysis${focus}`,
  (role, year, focus) => `${role} Roles and Responsibilities Explained${focus} (${year})`,
  (role, year, focus) => `Hiring ${a(role)} in ${year}: What Employers Should Know${focus}`,
  (role, year, focus) => `${role} Interview Questions and Career Outlook for ${year}${focus}`,
];

/** Narrows a title so that combinations stay distinct ("…: Pay by Level and Location for Startups"). */
export const TITLE_FOCUS = [
  '',
  ' for Startups',
  ' in Finance',
  ' in Healthcare',
  ' for Career Changers',
  ' for Graduates',
  ' in Europe',
  ' for Remote Teams',
  ' in Retail',
  ' for Enterprises',
  ' in Manufacturing',
];

export const TAKEAWAYS = [
  (role: string) =>
    `${role}s remain in high demand, and experience in production systems drives the largest pay gains.`,
  (role: string) => `Specialization and continuous learning matter more for ${a(role)} than any single certificate.`,
  (role: string) => `Total compensation for a senior ${role} often includes equity and bonuses on top of base pay.`,
  (role: string) => `Employers hiring ${a(role)} increasingly test practical skills rather than degrees alone.`,
  (role: string) => `Remote and hybrid work have widened the market for ${role}s beyond the largest tech hubs.`,
];

export const INTRO_SENTENCES = [
  (role: string, industry: string) =>
    `Artificial intelligence keeps reshaping how companies in ${industry} build products, and the ${role} sits at the centre of that change.`,
  (role: string) =>
    `Demand for the ${role} has grown quickly over the last few years, as more teams move models from experiments into products.`,
  (role: string) =>
    `This guide looks at what ${a(role)} does day to day, the skills and tools employers ask for, what the job pays at each level, and how careers in the field progress.`,
  (role: string, industry: string) =>
    `It draws on job postings, salary surveys and conversations with hiring managers in ${industry} and beyond.`,
  (role: string) =>
    `Whether you are starting out or planning your next move, understanding the ${role} market helps you make better decisions about training, specialization and negotiation.`,
  () =>
    `Hiring managers report that strong candidates combine solid engineering habits with a clear sense of the business problem they are solving.`,
  () =>
    `At the same time, the tools change every year, so the people who do best are the ones who keep learning and who can explain trade-offs to colleagues outside the technical team.`,
];

export const RESPONSIBILITIES = [
  'Design, train and evaluate models that solve a clearly defined business problem',
  'Prepare and validate training data together with data engineers',
  'Package models behind APIs or batch jobs and deploy them to production',
  'Monitor models after launch for drift, bias, latency and cost',
  'Document decisions, experiments and results so that others can reproduce them',
  'Work with product managers to turn requirements into measurable goals',
  'Review code and mentor junior colleagues',
  'Keep up with research and assess which new methods are worth adopting',
];

export const CAREER_STEPS = [
  'Junior or associate role: supporting model development and data preparation under supervision',
  'Mid-level role: owning features end to end, from data to deployment',
  'Senior role: designing systems, setting standards and reviewing the work of others',
  'Lead or principal role: setting technical direction across several teams',
  'Head of AI or director: owning strategy, budget and hiring for the function',
];

export const INTERVIEW_QUESTIONS = [
  'How would you detect and handle data drift in a model that is already in production?',
  'Walk us through a project where a model did not perform as expected. What did you change?',
  'How do you choose between a simpler model and a more complex one?',
  'Explain the bias–variance trade-off to a non-technical stakeholder.',
  'How would you design an evaluation for a model that ranks search results?',
  'What steps do you take to make an experiment reproducible?',
];

export const FAQ_ANSWERS = [
  'Most employers ask for a degree in computer science, mathematics or a related field, but a strong portfolio of projects can stand in for formal education.',
  'Starting from a programming background, many people reach an entry-level position within one to two years of focused study and project work.',
  'Yes. Demand continues to outpace supply in most markets, and the skills transfer well between industries.',
  'Python is the most requested language, followed by SQL; knowledge of one deep learning framework is usually expected.',
];

export const COMPARISON_CRITERIA: readonly (readonly [string, string, string])[] = [
  ['Primary Focus', 'Building and running production AI systems', 'Finding insight in data to guide decisions'],
  ['Typical Output', 'Deployed services, pipelines and APIs', 'Analyses, dashboards and prototypes'],
  ['Core Tools', 'Docker, Kubernetes, cloud ML platforms', 'Notebooks, SQL, statistics libraries'],
  ['Success Measure', 'Reliability, latency and cost at scale', 'Accuracy of findings and business impact'],
];

export const HIRING_NEEDS = [
  'Need to deploy AI into a scalable product',
  'Need to understand customer behaviour from existing data',
  'Need to automate a manual review process',
  'Need to evaluate whether a model is fair and compliant',
];

export const FILLER_SENTENCES = [
  (role: string, industry: string) =>
    `In ${industry}, ${a(role)} often works closely with domain experts to make sure a model's output can be trusted.`,
  (role: string) =>
    `Companies that invest in good tooling let ${a(role)} spend more time on the problem and less on plumbing.`,
  () => 'Clear communication is as valuable as technical depth, because most projects depend on several teams.',
  () => 'Small, well-measured improvements shipped often tend to beat ambitious projects that never reach users.',
  (role: string) =>
    `Surveys of hiring managers list practical experience as the strongest signal when they shortlist ${a(role)}.`,
  () => 'Open-source contributions and public write-ups help candidates stand out in a crowded market.',
  (role: string, industry: string) =>
    `Regulation in ${industry} also shapes the work: models must be explainable, auditable and documented.`,
  () => 'Teams that review their models regularly catch problems before customers do.',
  (role: string) =>
    `A typical week for ${a(role)} mixes planning, hands-on building, code review and time with the people who will use the system.`,
  () => 'Cloud platforms have made it cheaper to experiment, but they have also made cost control part of the job.',
  (role: string, industry: string) =>
    `Employers in ${industry} tend to value reliability and auditability over the newest technique.`,
  () => 'Generative models have added new tasks, from prompt design to evaluation of free-text output.',
  (role: string) =>
    `Job descriptions for ${a(role)} increasingly mention monitoring, testing and responsible AI practices.`,
  () => 'Many teams now treat data quality as a product in its own right, with owners, tests and service levels.',
  () => 'Mentoring and knowledge sharing are part of senior roles, and they count in promotion decisions.',
  (role: string, industry: string) =>
    `Salaries for ${a(role)} in ${industry} follow the wider market but add a premium for domain knowledge.`,
  () => 'Location still matters for pay, although remote roles have narrowed the gap between regions.',
  () =>
    'Certifications can help a candidate get past the first screening, but interviews test what they can actually build.',
  (role: string) =>
    `The best way to prepare for a career as ${a(role)} is to build and ship small projects end to end.`,
  () => 'Managers say the hardest part of hiring is finding people who can take a model from a notebook to production.',
];

export const INDUSTRY_PREMIUMS: readonly (readonly [string, number, string])[] = [
  ['Finance', 1.2, 'Fraud detection, trading algorithms and risk models'],
  ['Healthcare', 1.12, 'Diagnostics, imaging and personalised treatment'],
  ['Technology', 1.1, 'AI features in software products and cloud services'],
  ['E-commerce', 1, 'Recommendations, search and demand forecasting'],
  ['Manufacturing', 0.92, 'Predictive maintenance and quality control'],
];
