'use client';

import { useState } from 'react';

interface SyncedSelectProps {
  id: string;
  name: string;
  /** The value the server rendered for the current address. */
  value: string;
  className?: string;
  options: readonly { value: string; label: string }[];
}

/**
 * A select that follows the address. When the page changes without a reload
 * (a "Clear" link, the back button), the server's new value replaces the
 * shown one; an uncontrolled select would keep showing the old choice.
 * Controlled rather than remounted, so keyboard focus stays where it is.
 */
export function SyncedSelect({ id, name, value, className, options }: SyncedSelectProps) {
  const [current, setCurrent] = useState(value);
  // React's pattern for state that follows a prop: adjust while rendering, not in an effect.
  const [rendered, setRendered] = useState(value);
  if (value !== rendered) {
    setRendered(value);
    setCurrent(value);
  }
  return (
    <select
      id={id}
      name={name}
      value={current}
      onChange={(event) => setCurrent(event.target.value)}
      className={className}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
