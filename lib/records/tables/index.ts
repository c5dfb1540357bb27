/** Tables that set roles side by side: comparison rows and the hiring scenarios of need-to-role tables. */
export { extractComparisonRows } from './extract-comparison-rows';
export { extractHiringScenarios } from './extract-hiring-scenarios';
