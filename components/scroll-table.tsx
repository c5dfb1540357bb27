import { useId, type ReactNode } from 'react';

/**
 * A data table in a box that scrolls sideways on narrow screens. The box is a
 * labelled, focusable region so keyboard users can scroll it too. Its caption
 * stands above the box, not inside the table: a caption takes the table's
 * width, so on a phone most of it would sit off screen until the table was
 * scrolled. The caption names both the region and the table.
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
  const captionId = useId();
  return (
    // min-w-0: in a flex column the box may be narrower than its table, which then scrolls.
    <div className="min-w-0">
      <p id={captionId} className="scroll-table-caption">
        {caption}
      </p>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={className ? `data-table ${className}` : 'data-table'} aria-labelledby={captionId}>
          {children}
        </table>
      </div>
    </div>
  );
}
