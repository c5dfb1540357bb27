'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useState } from 'react';
import { toPair } from '@/lib/guides/compare/pairs';

export interface PickerRole {
  slug: string;
  name: string;
}

const SELECT =
  'mt-1 block w-full rounded border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100';

/**
 * Two role menus and a button. Without JavaScript the form is a plain GET to
 * /compare/pick, which redirects to the comparison; with it, the browser goes
 * straight there.
 */
export function ComparePicker({
  roles,
  initial,
  error,
}: {
  roles: readonly PickerRole[];
  initial: [string, string];
  error: string | null;
}) {
  const router = useRouter();
  const id = useId();
  const [message, setMessage] = useState(error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const a = data.get('a');
    const b = data.get('b');
    if (typeof a !== 'string' || typeof b !== 'string') return;
    event.preventDefault();
    if (a === b) {
      setMessage('Pick two different roles to compare.');
      return;
    }
    router.push(`/compare/${toPair(a, b).slug}`);
  }

  return (
    <form action="/compare/pick" method="get" onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        {(['a', 'b'] as const).map((name, index) => (
          <div key={name}>
            <label htmlFor={`${id}-${name}`} className="font-semibold">
              {index === 0 ? 'First role' : 'Second role'}
            </label>
            <select id={`${id}-${name}`} name={name} defaultValue={initial[index]} className={SELECT}>
              {roles.map((role) => (
                <option key={role.slug} value={role.slug}>
                  {role.name}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <p role="status" className="min-h-6 font-medium text-red-800 dark:text-red-300">
        {message}
      </p>
      <div>
        <button
          type="submit"
          className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 dark:bg-blue-300 dark:text-zinc-950 dark:hover:bg-blue-200"
        >
          Compare roles
        </button>
      </div>
    </form>
  );
}
