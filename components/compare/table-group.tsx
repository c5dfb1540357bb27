import type { ReactNode } from 'react';

/** A group of rows in the side-by-side table, under a heading that spans the label and both roles' columns. */
export function TableGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <tbody>
      <tr>
        <th scope="rowgroup" colSpan={3} className="group-head">
          {title}
        </th>
      </tr>
      {children}
    </tbody>
  );
}
