/** The site address the SEO tests build absolute URLs against. */
export const SITE = new URL('https://careers.example.org');
