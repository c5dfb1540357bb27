/** Salary figures: money amounts in prose and tables, read with their role, level, place, period and kind, and the amounts left out with the reason. */
export { extractSalaries, titleRole, type SalaryExtraction } from './extract-salaries';
