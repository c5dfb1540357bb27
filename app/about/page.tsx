import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getArticles } from '@/lib/content/articles';
import { formatCount, formatList } from '@/lib/format';
import { PayMethod } from '@/components/about/pay-method';
import { MergeMethod } from '@/components/about/merge-method';
import { getMergeExample, getPayWorkedExample } from '@/lib/guides';
import { dataFacts } from '@/lib/guides/data-facts';
import { SOURCE_FORMAT_LABELS, summarizeSources } from '@/lib/guides/sources';
import { getCareerRecords, getRoles } from '@/lib/records';
import { countUnparsedReasons } from '@/lib/open-data/unparsed-reasons';
import { aboutMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return aboutMetadata();
}

const FIGURE = { one: 'figure', other: 'figures' };
const ARTICLE = { one: 'article', other: 'articles' };

export default function AboutPage() {
  const records = getCareerRecords();
  const facts = dataFacts(records);
  const articles = getArticles();
  const sources = summarizeSources(articles);
  const reasons = countUnparsedReasons(records.unparsed);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-10 leading-7">
      <div>
        <Breadcrumbs items={[{ name: 'About the data' }]} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">About the data</h1>
        <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
          AI Career Atlas turns published articles about AI careers into role guides, comparisons and salary charts.
          Every pay figure is one an article states, linked to the sentence or table cell it came from. The summaries
          beside them (medians, counts of articles) are computed here, say how, and link to the figures they were made
          from.
        </p>
      </div>

      <section aria-labelledby="how" className="flex flex-col gap-4">
        <h2 id="how" className="text-2xl font-bold">
          How the guides are made
        </h2>
        <ol className="list-decimal space-y-3 pl-6">
          <li>
            <strong>Collect.</strong> Blog feeds (RSS, Atom, RDF) and text articles are kept exactly as received. Each
            feed item becomes one article; an article found in several feeds is kept once and credits each of them.
          </li>
          <li>
            <strong>Clean.</strong> Feed HTML is treated as untrusted: it is reduced to an allowlist of plain elements
            (headings, paragraphs, lists, tables, links and images) and stored as Markdown. Scripts, styles, forms and
            tracking are removed before anything is stored.
          </li>
          <li>
            <strong>Read.</strong> The articles are read for{' '}
            {formatCount(getRoles().length, { one: 'role', other: 'roles' })}, each known by the names articles use for
            it. Pay is read from sentences and tables, with its role, career level, place, currency, period and kind
            (base, total, median) as written. Skills and certifications are matched against a curated catalogue.
            Responsibilities, career steps, interview questions and FAQs are read from the lists and headings that state
            them.
          </li>
          <li>
            <strong>Check.</strong> Every record is validated before the site is built. A figure whose quote cannot be
            found in its article, an impossible amount or an unknown role stops the build.
          </li>
          <li>
            <strong>Publish.</strong> Pages are generated from the records, and the records themselves are published as{' '}
            <Link href="/data">open data</Link> with a dictionary of every field.
          </li>
        </ol>
      </section>

      <PayMethod example={getPayWorkedExample()} />

      <MergeMethod
        example={getMergeExample()}
        articleTitles={new Map(articles.map((article) => [article.slug, article.title]))}
      />

      <section aria-labelledby="numbers" className="flex flex-col gap-4">
        <h2 id="numbers" className="text-2xl font-bold">
          What the data holds
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            {formatCount(facts.figures, { one: 'pay figure', other: 'pay figures' })} from{' '}
            {formatCount(facts.articlesWithFigures, ARTICLE)}: {formatCount(facts.fromTables, FIGURE)} from tables and{' '}
            {formatCount(facts.fromProse, FIGURE)} from sentences.
          </li>
          <li>
            Currencies as written:{' '}
            {formatList(facts.currencies.map((entry) => `${entry.currency} (${formatCount(entry.figures, FIGURE)})`))}.
            Amounts are never converted, so a chart never mixes currencies.
          </li>
          <li>
            {formatCount(facts.credited, FIGURE)} credit a named data source (such as Glassdoor or the US Bureau of
            Labor Statistics); the credit is shown beside the figure.
          </li>
          <li>
            {formatCount(facts.skillsFound, { one: 'skill or tool', other: 'skills and tools' })},{' '}
            {formatCount(facts.certifications, { one: 'certification', other: 'certifications' })} and{' '}
            {formatCount(facts.guideFacts, { one: 'guide fact', other: 'guide facts' })} (responsibilities, career
            steps, interview questions and FAQs).
          </li>
        </ul>
      </section>

      <section aria-labelledby="limits" className="flex flex-col gap-4">
        <h2 id="limits" className="text-2xl font-bold">
          Limits
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            The figures are what a small number of articles say, often quoting other surveys. They are a guide to
            ranges, not a market survey: a median here is the middle of what the articles state, not of what people are
            paid. Where sources disagree, the spread stays visible beside the median.
          </li>
          <li>
            {formatCount(facts.periodAssumed, FIGURE)} state no period. Salaries among them are read as yearly pay and
            marked as such; a bonus or equity amount with no period is shown without one.
          </li>
          <li>
            {formatCount(facts.openEnded, FIGURE)} are open-ended (“$200,000+”): the chart shows their open end rather
            than inventing a top.
          </li>
          <li>
            {formatCount(facts.withoutRole, FIGURE)} do not say whose pay they are; they appear on the salaries page
            under “Role not stated” and in no role guide.
          </li>
          <li>
            {formatCount(facts.leftOut, { one: 'amount of money was', other: 'amounts of money were' })} left out
            because they are not pay: {formatList(reasons.map((entry) => `${entry.reason} (${entry.count})`))}. The open
            data lists each one.
          </li>
          <li>Official occupation codes (SOC) fit most AI roles loosely; each role guide says how close the fit is.</li>
          <li>Dates are those the sources state. An article with no stated date is shown as “Date not stated”.</li>
        </ul>
      </section>

      <section aria-labelledby="sources" className="flex flex-col gap-4">
        <h2 id="sources" className="text-2xl font-bold">
          Sources
        </h2>
        <p>
          {formatCount(articles.length, ARTICLE)} from{' '}
          {formatCount(sources.length, { one: 'source', other: 'sources' })}. The articles belong to their authors and
          publishers; every article page credits its source and links to the original.
        </p>
        <ul className="flex flex-col gap-6">
          {sources.map((source) => (
            <li key={source.file} className="border-l-4 border-zinc-300 pl-4 dark:border-zinc-700">
              <h3 className="font-semibold break-words">{source.file}</h3>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {SOURCE_FORMAT_LABELS[source.format]}
                {source.feedUrl && (
                  <>
                    {' '}
                    from <a href={source.feedUrl}>{source.feedUrl}</a>
                  </>
                )}
              </p>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {source.articles.map((article) => (
                  <li key={article.slug}>
                    <Link href={`/articles/${article.slug}`}>{article.title}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
