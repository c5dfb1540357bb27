/** The route families the bench measures, one representative address each. */

export interface BenchRoute {
  /** Short name used in tables. */
  family: string;
  path: string;
  /** Held to the JavaScript budget (role and comparison pages). */
  budgeted: boolean;
}

/** Every family; `articleSlug` is one real article, since slugs come from content. */
export function benchRoutes(articleSlug: string): BenchRoute[] {
  const route = (family: string, path: string, budgeted = false): BenchRoute => ({ family, path, budgeted });
  return [
    route('home', '/'),
    route('roles', '/roles'),
    route('role guide', '/roles/ai-engineer', true),
    route('role pay', '/roles/ai-engineer/pay'),
    route('role questions', '/roles/ai-engineer/interview-questions'),
    route('role topic', '/roles/ai-architect/responsibilities'),
    route('compare', '/compare'),
    route('comparison', '/compare/ai-engineer-vs-data-scientist', true),
    route('salaries', '/salaries'),
    route('skills', '/skills'),
    route('skill', '/skills/pytorch'),
    route('articles', '/articles'),
    route('article', `/articles/${articleSlug}`),
    route('hire', '/hire'),
    route('search', '/search?q=pytorch'),
    route('about', '/about'),
    route('data', '/data'),
  ];
}
