/** Guide facts: responsibilities, career steps, interview questions, FAQs and education, in the article's own words. */
export { extractGuideFacts } from './extract-guide-facts';
