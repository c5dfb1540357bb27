import type { CertificationItem, RoleSummary, Two } from '@/lib/guides/compare/view';

/** Certifications the catalogue and articles tie to both roles, or to one of them. */
export function CertificationColumns({
  roles,
  certifications,
}: {
  roles: Two<RoleSummary>;
  certifications: { shared: CertificationItem[]; only: Two<CertificationItem[]> };
}) {
  const columns = [
    { title: 'Certifications for both', items: certifications.shared },
    { title: `Certifications for the ${roles[0].name} only`, items: certifications.only[0] },
    { title: `Certifications for the ${roles[1].name} only`, items: certifications.only[1] },
  ];
  return (
    <div className="grid gap-6 md:grid-cols-3">
      {columns.map((column) => (
        <div key={column.title}>
          <h3 className="text-lg font-semibold">{column.title}</h3>
          {column.items.length === 0 ? (
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">None listed.</p>
          ) : (
            <ul className="mt-1 flex flex-col gap-1">
              {column.items.map((item) => (
                <li key={item.slug}>
                  {item.name}
                  {item.issuer && (
                    <span className="text-sm text-zinc-600 dark:text-zinc-400">{` (${item.issuer})`}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
