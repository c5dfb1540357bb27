/** The checks every record passes before it is published. */
export { validateRecords } from './validate-records';
