import type { ReactNode } from 'react';

/** A titled part of a guide; the id is the in-page link target and names the region. */
export function GuideSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mt-12 flex scroll-mt-4 flex-col gap-4">
      <h2 id={`${id}-title`} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Says plainly that the articles do not cover something, instead of filling the gap. */
export function NotCovered({ children }: { children: ReactNode }) {
  return <p className="text-zinc-700 italic dark:text-zinc-300">{children}</p>;
}
