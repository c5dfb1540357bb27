import { NotCovered } from '@/components/guide-section';
import { LocationPayTable } from '@/components/pay/location-pay-table';
import { SalaryChart } from '@/components/pay/salary-chart';
import { SalaryTable } from '@/components/pay/salary-table';
import type { SalarySeries } from '@/lib/guides/pay/series';
import { describeSeries, describeUnit } from '@/lib/guides/pay/text';

interface RolePayProps {
  roleName: string;
  byLevel: readonly SalarySeries[];
  byLocation: readonly SalarySeries[];
  articleTitles: ReadonlyMap<string, string>;
}

/**
 * Pay by level, source by source: the main series (yearly US dollars when
 * there is one) as a chart with its table; other currencies and periods get
 * their own table, never a shared axis. Then pay by place, in the source currency.
 */
export function RolePay({ roleName, byLevel, byLocation, articleTitles }: RolePayProps) {
  if (byLevel.length === 0) return <NotCovered>No pay figures in the sources yet.</NotCovered>;
  const [main, ...others] = byLevel;
  return (
    <>
      <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
        Each line is one figure from one article, in the currency and pay period it states. Figures are not averaged or
        converted: where the articles disagree, the spread is shown.
      </p>
      {main && (
        <div className="flex flex-col gap-4">
          <h3 className="text-xl font-semibold">By level ({describeUnit(main)})</h3>
          <SalaryChart
            series={main}
            subject={roleName}
            title={`${roleName} pay by level, ${describeUnit(main)}`}
            id={`pay-${main.key}`}
          />
          <SalaryTable
            series={main}
            caption={`${roleName} pay figures by level, ${describeUnit(main)}`}
            rowHeader="Level"
            articleTitles={articleTitles}
          />
        </div>
      )}
      {others.map((series) => (
        <div key={series.key} className="flex flex-col gap-2">
          <h3 className="text-xl font-semibold">By level ({describeUnit(series)})</h3>
          <p className="text-zinc-700 dark:text-zinc-300">{describeSeries(roleName, series)}</p>
          <SalaryTable
            series={series}
            caption={`${roleName} pay figures by level, ${describeUnit(series)}`}
            rowHeader="Level"
            articleTitles={articleTitles}
          />
        </div>
      ))}
      {byLocation.length > 0 && (
        <div className="flex flex-col gap-4">
          <h3 className="text-xl font-semibold">By location</h3>
          <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
            Figures that name a place, in the currency the article gives, with the place as written.
          </p>
          {byLocation.map((series) => (
            <LocationPayTable
              key={series.key}
              series={series}
              caption={`${roleName} pay figures by location, ${describeUnit(series)}`}
            />
          ))}
        </div>
      )}
    </>
  );
}
