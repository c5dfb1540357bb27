'use client';

import { useRouter } from 'next/navigation';
import { useTransition, type FormEvent, type ReactNode } from 'react';

interface AutoApplyFormProps {
  /** The page the form filters; its query string carries the choices. */
  action: string;
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * A GET form that applies itself as soon as a choice changes. Without
 * JavaScript it is an ordinary form with a submit button; with it, the new
 * address is fetched by the router, so the page updates without a reload and
 * keeps its scroll position and focus. Empty choices are left out of the
 * address so it stays short and shareable.
 */
export function AutoApplyForm({ action, label, className, children }: AutoApplyFormProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function apply(form: HTMLFormElement) {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && value !== '') query.append(name, value);
    }
    const text = query.toString();
    startTransition(() => router.replace(text === '' ? action : `${action}?${text}`, { scroll: false }));
  }

  return (
    <form
      method="get"
      action={action}
      aria-label={label}
      aria-busy={pending}
      className={className}
      onChange={(event: FormEvent<HTMLFormElement>) => apply(event.currentTarget)}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        apply(event.currentTarget);
      }}
    >
      {children}
    </form>
  );
}
