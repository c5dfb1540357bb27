import { Link } from '@/components/link';
import { PaySummaryRows } from '@/components/pay/pay-summary-rows';
import { formatCount, formatCurrencyName, formatDate, formatList } from '@/lib/format';
import type { RoleGuide } from '@/lib/guides/role/guide';

const ARTICLE = { one: 'article', other: 'articles' };
const TERM = 'text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400';

/** The fields named by the most articles: three at most, then how many more tie with them. */
function topFields(fields: RoleGuide['educationSummary']['fields']): string {
  const most = fields.filter((entry) => entry.articles.length === fields[0]?.articles.length);
  const shown = most.slice(0, 3).map((entry) => entry.label.toLowerCase());
  const more = most.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : formatList(shown, 'disjunction');
}

/** `/roles/<role>/pay#<summary id>`: where a summary's figures are listed. */
export function summaryHref(role: string, summaryId: string): string {
  return `/roles/${role}/pay#${summaryId}`;
}

/**
 * The first screen of a role guide: yearly pay by level in the role's main
 * currency (computed, and saying so), the skills most articles list, the
 * education they name, and how much evidence the guide rests on.
 */
export function AtAGlance({ guide, hasPayPage }: { guide: RoleGuide; hasPayPage: boolean }) {
  const { role } = guide;
  const glance = guide.pay.glance;
  const education = guide.educationSummary;
  const [degree] = education.degrees;
  const [field] = education.fields;
  return (
    <section
      aria-labelledby="glance-title"
      className="mt-4 grid gap-x-10 gap-y-3 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_auto_1fr]"
    >
      <h2 id="glance-title" className="sr-only">
        At a glance
      </h2>
      <div className="lg:row-span-3">
        <p className={TERM}>{glance ? `Yearly salary, ${formatCurrencyName(glance.currency)}` : 'Pay'}</p>
        {glance && glance.salary.length > 0 ? (
          <>
            <PaySummaryRows
              summaries={glance.salary}
              caption={`${role.name} yearly salary by level, ${formatCurrencyName(glance.currency)}`}
              figuresHref={(summary) => summaryHref(role.slug, summary.id)}
            />
            <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              Computed from the figures the articles state, base salary or unstated basis; total compensation apart.{' '}
              <Link href="/about#pay-method">How</Link>
              {hasPayPage && (
                <>
                  {' · '}
                  <Link href={`/roles/${role.slug}/pay`}>All figures</Link>
                </>
              )}
            </p>
          </>
        ) : (
          <p className="text-sm">
            {guide.pay.figureCount === 0 ? (
              'The articles state no pay for this role yet.'
            ) : (
              <Link href={`/roles/${role.slug}/pay`}>
                {`${formatCount(guide.pay.figureCount, { one: 'pay figure', other: 'pay figures' })}, none yearly salary`}
              </Link>
            )}
          </p>
        )}
      </div>
      <div>
        <p className={TERM}>Top skills</p>
        <p className="text-sm">
          {guide.topSkills.length > 0
            ? guide.topSkills.map((skill, index) => (
                <span key={skill.slug}>
                  {index > 0 && ', '}
                  <Link href={`/skills/${skill.slug}`}>{skill.name}</Link>
                </span>
              ))
            : 'The articles list no skills for this role yet.'}
        </p>
      </div>
      <div>
        <p className={TERM}>Education</p>
        <p className="text-sm">
          {degree || field
            ? [
                degree
                  ? `${degree.label}, named by ${degree.articles.length} of ${formatCount(education.articles.length, ARTICLE)} on education`
                  : null,
                field ? `${degree ? 'most often in' : 'Fields named most:'} ${topFields(education.fields)}` : null,
              ]
                .filter(Boolean)
                .join(', ')
            : 'The articles say nothing about education for this role yet.'}
        </p>
      </div>
      <div>
        <p className={TERM}>Evidence</p>
        <p className="text-sm">
          {guide.sources.length === 0 ? (
            'No article on this site discusses this role yet.'
          ) : (
            <Link href="#sources">
              {`${formatCount(guide.sources.length, ARTICLE)}${
                guide.newest === null ? '' : `, newest ${formatDate(guide.newest)}`
              }`}
            </Link>
          )}
        </p>
      </div>
    </section>
  );
}
