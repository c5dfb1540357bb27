import type { ReactNode } from 'react';

/**
 * A data table in a box that scrolls sideways on narrow screens. The box is a
 * labelled, focusable region so keyboard users can scroll it too; the caption
 * names both the table and the region.
 */
export function ScrollTable({
  caption,
  className,
  children,
}: {
  caption: string;
  /** Extra classes for the table, e.g. a minimum width before it scrolls. */
  className?: string;
  /** The table's head and body. */
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
