import type { ReactNode } from 'react';
import { Link } from '@/components/link';
import { PayRows } from '@/components/compare/pay-rows';
import { TableGroup } from '@/components/compare/table-group';
import { formatCount, formatCurrencyName, formatDate, formatList } from '@/lib/format';
import type { ComparisonView } from '@/lib/guides/compare/view';
import type { EducationCell } from '@/lib/guides/compare/side-by-side';

const ARTICLE = { one: 'article', other: 'articles' };

/**
 * The table a comparison opens with: the two roles as columns, criteria as
 * row headers, grouped (pay, skills, education, certifications, focus,
 * evidence). Every cell comes from the role's own records; a missing one says so.
 */
export function ComparisonTable({ view }: { view: ComparisonView }) {
  const { roles, table, focusRows } = view;
  const { pay } = table;
  const [a, b] = roles;
  const shared = pay.currencies[0] ?? pay.currencies[1];
  const unit = pay.currenciesDiffer
    ? ', each role in its own currency'
    : shared
      ? `, ${formatCurrencyName(shared)}`
      : '';
  return (
    <table className="compare-table">
      <caption>{`${a.name} and ${b.name} side by side, from the articles’ records`}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="sr-only">Criterion</span>
          </th>
          {roles.map((role) => (
            <th key={role.slug} scope="col">
              <Link href={role.href}>{role.name}</Link>
            </th>
          ))}
        </tr>
      </thead>
      <PayRows
        title={`Yearly salary${unit}: computed median`}
        rows={pay.salary}
        roles={roles}
        currencies={pay.currencies}
        missing="No yearly salary stated"
      />
      {pay.total.length > 0 && (
        <PayRows
          title={`Total compensation${unit}: computed median`}
          rows={pay.total}
          roles={roles}
          currencies={[null, null]}
          missing="No total compensation stated"
        />
      )}
      <TableGroup title="Skills and tools (articles listing each)">
        {table.skills.shared.length === 0 ? (
          <Row label="Listed for both" cells={null} span="No skill or tool is listed for both." />
        ) : (
          <Row
            label="Listed for both"
            cells={[0, 1].map((side) =>
              table.skills.shared.map((item) => `${item.name} (${item.counts[side]})`).join(', '),
            )}
          />
        )}
        <Row
          label="Only this role"
          cells={table.skills.only.map((items) =>
            items.length === 0 ? 'None' : items.map((item) => `${item.name} (${item.sourceCount})`).join(', '),
          )}
        />
      </TableGroup>
      <TableGroup title="Education">
        <Row
          label="Degree and field"
          cells={table.education.map((cell) => (
            <Education key="education" cell={cell} />
          ))}
        />
      </TableGroup>
      <TableGroup title="Certifications (articles naming each)">
        <Row
          label="Tied to both"
          cells={null}
          span={
            table.certifications.shared.length === 0
              ? 'No certification is tied to both.'
              : table.certifications.shared.map((item) => `${item.name} (${item.counts[0]})`).join(', ')
          }
        />
        <Row
          label="Only this role"
          cells={table.certifications.only.map((items) =>
            items.length === 0 ? 'None' : items.map((item) => `${item.name} (${item.sourceCount})`).join(', '),
          )}
        />
      </TableGroup>
      <TableGroup title="Focus">
        <Row
          label="Top duties"
          cells={table.focus.map((cell, side) =>
            cell.items.length === 0 ? (
              'The articles list no responsibilities for this role.'
            ) : (
              <ul className="cell-list" key={side}>
                {cell.items.map((item) => (
                  <li key={item.id}>
                    {item.label}
                    <span className="cell-note">{`${item.articles} of ${formatCount(cell.articleTotal, ARTICLE)}`}</span>
                  </li>
                ))}
              </ul>
            ),
          )}
        />
        {focusRows.map((row) => (
          <Row
            key={`${row.source.href}-${row.criterion}`}
            label={
              <>
                {`“${row.criterion}”`}
                <span className="cell-note">
                  <Link href={row.source.href}>{row.source.section ?? row.source.articleTitle}</Link>
                </span>
              </>
            }
            cells={row.values.map((value) => `“${value}”`)}
          />
        ))}
      </TableGroup>
      <TableGroup title="Evidence">
        <Row
          label="Articles"
          cells={table.evidence.map((cell, side) =>
            cell.articles === 0 ? (
              'No article discusses this role yet.'
            ) : (
              <Link key={side} href={`${roles[side]?.href}#sources`}>
                {`${formatCount(cell.articles, ARTICLE)}${cell.newest ? `, newest ${formatDate(cell.newest)}` : ''}`}
              </Link>
            ),
          )}
        />
        <Row
          label="Compared directly"
          cells={null}
          span={
            view.comparedIn.length === 0 ? (
              'No article on this site compares the two directly.'
            ) : (
              <ul className="cell-list">
                {view.comparedIn.map((article) => (
                  <li key={article.slug}>
                    <Link href={`/articles/${article.slug}`}>{article.title}</Link>
                  </li>
                ))}
              </ul>
            )
          }
        />
      </TableGroup>
    </table>
  );
}

/** A criterion's row: one cell per role, or one cell across both (`span`) when `cells` is null. */
function Row({ label, cells, span }: { label: ReactNode; cells: ReactNode[] | null; span?: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {cells === null ? <td colSpan={2}>{span}</td> : cells.map((cell, side) => <td key={side}>{cell}</td>)}
    </tr>
  );
}

/** The degree and the fields the most articles name, each with how many of the role's education articles name it. */
function Education({ cell }: { cell: EducationCell }) {
  if (cell.degree === null && cell.fields.length === 0)
    return 'The articles say nothing about education for this role.';
  const of = (named: number) => `${named} of ${formatCount(cell.articles, ARTICLE)} on education`;
  const [field] = cell.fields;
  return (
    <ul className="cell-list">
      <li>
        {cell.degree ? cell.degree.label : 'No degree named'}
        {cell.degree && <span className="cell-note">{of(cell.degree.articles.length)}</span>}
      </li>
      {field && (
        <li>
          {`In ${formatList(
            cell.fields.map((entry) => entry.label.toLowerCase()),
            'disjunction',
          )}`}
          <span className="cell-note">{of(field.articles.length)}</span>
        </li>
      )}
    </ul>
  );
}
