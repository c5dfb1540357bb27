import { Link } from '@/components/link';
import { formatCount, formatList } from '@/lib/format';
import type { RoleGuide } from '@/lib/guides/role/guide';
import { describeSpan, describeUnit } from '@/lib/guides/pay/text';

const FIGURE = { one: 'figure', other: 'figures' };
const ARTICLE = { one: 'article', other: 'articles' };
const TERM = 'font-semibold';

/** The guide in brief: pay by level with its evidence, top skills, education, certifications, related roles. */
export function RoleKeyFacts({ guide }: { guide: RoleGuide }) {
  const main = guide.pay.byLevel[0];
  const education = guide.typicalEducation;
  return (
    <dl className="grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
      <dt className={TERM}>Pay by level{main ? ` (${describeUnit(main)})` : ''}</dt>
      <dd>
        {main ? (
          <ul className="flex flex-col gap-1">
            {main.rows.map((row) => (
              <li key={row.key}>
                {row.label}: {describeSpan(row, main.currency)}{' '}
                <span className="text-zinc-600 dark:text-zinc-400">
                  ({formatCount(row.marks.length, FIGURE)} from {formatCount(row.sourceCount, ARTICLE)})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          'No pay figures in the sources yet'
        )}
      </dd>
      <dt className={TERM}>Top skills</dt>
      <dd>
        {guide.topSkills.length > 0
          ? formatList(guide.topSkills.map((skill) => skill.name))
          : 'The sources do not list skills for this role yet'}
      </dd>
      <dt className={TERM}>Typical education</dt>
      <dd>{education ? education.text : 'The sources do not cover education for this role yet'}</dd>
      <dt className={TERM}>Certifications</dt>
      <dd>
        {guide.certifications.length > 0
          ? formatList(guide.certifications.slice(0, 3).map((certification) => certification.name))
          : 'The sources name no certifications for this role yet'}
      </dd>
      {guide.related.length > 0 && (
        <>
          <dt className={TERM}>Related roles</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {guide.related.map((related) => (
                <li key={related.slug}>
                  <Link href={`/roles/${related.slug}`}>{related.name}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
