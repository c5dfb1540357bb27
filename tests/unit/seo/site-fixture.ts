import path from 'node:path';
import { CONTENT } from '../guides/records-fixture';

export { SITE } from './site-url';
export { articles, guideFor, places, records } from '../guides/records-fixture';
export const ROLES_DIR = path.join(CONTENT, 'roles');
