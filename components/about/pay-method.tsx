import { Link } from '@/components/link';
import type { Role } from '@/lib/content/schema';
import { formatCount, formatMoney, formatPay } from '@/lib/format';
import { quantileSteps, type QuantileSteps } from '@/lib/guides/pay/statistics';
import { MIN_ARTICLES, MIN_VALUES, OUTLIER_FACTOR, type PaySummary } from '@/lib/guides/pay/summary';
import { describeCounted, summaryLevelLabel } from '@/lib/guides/pay/summary-text';
import { figureAnchor } from '@/lib/guides/provenance';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

function Step({ steps, currency, name }: { steps: QuantileSteps; currency: string; name: string }) {
  const money = (value: number) => formatMoney(value, currency);
  return (
    <li>
      {`${name}: position (n − 1) × ${NUMBER.format(steps.p)} = ${NUMBER.format(steps.position)}, `}
      {steps.fraction === 0
        ? `which is a value itself: ${money(steps.result)}.`
        : `between ${money(steps.lower)} and ${money(steps.upper)}: ${money(steps.lower)} + ${NUMBER.format(
            steps.fraction,
          )} × (${money(steps.upper)} − ${money(steps.lower)}) = ${money(steps.result)}.`}
    </li>
  );
}

/**
 * How pay summaries are computed, as rules and then as arithmetic on one real
 * summary, so a reader can check every step against the figures it names.
 */
export function PayMethod({ example }: { example: { role: Role; summary: PaySummary } | null }) {
  return (
    <section aria-labelledby="pay-method" className="flex scroll-mt-4 flex-col gap-4">
      <h2 id="pay-method" className="text-2xl font-bold">
        How pay is summarised
      </h2>
      <p>
        The figures are the articles’ own. The medians and middle halves beside them are computed here, by these rules,
        and always labelled as computed:
      </p>
      <ol className="list-decimal space-y-2 pl-6">
        <li>
          <strong>Like with like.</strong> One summary per role, career level, currency and pay period. Amounts are
          never converted. Salary (base salary, and pay an article does not call base or total) and total compensation
          (salary with bonus and equity) are summarised apart.
        </li>
        <li>
          <strong>One market per currency.</strong> A figure for a place paid in another currency (US dollars for India,
          say) is listed under pay by place and left out of the summary.
        </li>
        <li>
          <strong>One value per figure.</strong> A single amount counts as stated; a range at its midpoint; an
          open-ended figure (“$200,000+”) at the amount stated; an “up to” figure at its ceiling.
        </li>
        <li>
          <strong>Counted once.</strong> A figure an article states twice counts once. A figure given as a percentile
          (“the top 10% earn…”) describes the edge of a distribution and is listed without counting.
        </li>
        <li>
          <strong>Outliers apart.</strong>{' '}
          {`With ${MIN_VALUES} or more values, one more than ${OUTLIER_FACTOR} times the median, or less than a third of it, is an outlier: listed with its source, never counted, never stretching a chart.`}
        </li>
        <li>
          <strong>Median and middle half.</strong> The median is the middle value; the middle half runs from the 25th to
          the 75th percentile, each found at position (n − 1) × p in the sorted values, between the two nearest values
          when it falls between them (the method of R, NumPy and spreadsheets’ PERCENTILE.INC).
        </li>
        <li>
          <strong>Enough evidence.</strong>{' '}
          {`A summary needs at least ${MIN_VALUES} values from at least ${MIN_ARTICLES} articles. With less, the page shows the figures’ spread as stated and says “based on one article” or “only 2 figures”.`}
        </li>
      </ol>
      {example && <WorkedExample role={example.role} summary={example.summary} />}
    </section>
  );
}

function WorkedExample({ role, summary }: { role: Role; summary: PaySummary }) {
  const counted = summary.figures.filter((entry) => entry.excluded === null);
  const values = counted.map((entry) => entry.value).sort((a, b) => a - b);
  const money = (value: number) => formatMoney(value, summary.currency);
  const href = `/roles/${role.slug}/pay#${summary.id}`;
  return (
    <div className="flex flex-col gap-3 rounded border p-4 [border-color:var(--rule)]">
      <h3 className="text-lg font-semibold">
        {`Worked example: ${role.name}, ${summaryLevelLabel(summary.level).toLowerCase()}, yearly salary`}
      </h3>
      <p>
        {`The articles state ${formatCount(summary.figures.length, { one: 'figure', other: 'figures' })} for this summary (`}
        <Link href={href}>listed with their sources</Link>
        {'):'}
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {summary.figures.map((entry) => (
          <li key={entry.figure.id}>
            <Link href={`/roles/${role.slug}/pay#${figureAnchor(entry.figure.id)}`}>
              {formatPay(entry.figure, { withPeriod: true })}
            </Link>
            {`: ${describeCounted(entry)}.`}
          </li>
        ))}
      </ul>
      <p>{`Sorted, the ${counted.length} values counted are ${values.map(money).join(', ')}; n = ${values.length}.`}</p>
      <ul className="list-disc space-y-1 pl-6">
        <Step steps={quantileSteps(values, 0.5)} currency={summary.currency} name="Median" />
        <Step steps={quantileSteps(values, 0.25)} currency={summary.currency} name="25th percentile" />
        <Step steps={quantileSteps(values, 0.75)} currency={summary.currency} name="75th percentile" />
      </ul>
      <p>
        {`The ${role.name} guide shows this as a median of ${money(summary.median ?? 0)} with a middle half of ${money(
          summary.p25 ?? 0,
        )}–${money(summary.p75 ?? 0)}, rounded to three significant figures, from ${formatCount(summary.counted, {
          one: 'figure',
          other: 'figures',
        })} in ${formatCount(summary.articles.length, { one: 'article', other: 'articles' })}.`}
      </p>
    </div>
  );
}
