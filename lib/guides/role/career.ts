/**
 * A role's merged career steps as a ladder: the levels in the order people
 * climb them, then where the role leads (other roles, specialisms).
 */
import type { Statement, MergedItem } from '@/lib/guides/merge';

/** Theme slugs of the career-step vocabulary, bottom rung first. */
const LADDER = ['entry-level', 'mid-level', 'senior-level', 'lead-or-principal', 'director-head', 'chief-officer'];

export interface CareerLadder<S extends Statement> {
  /** Rungs the articles name, bottom first. */
  rungs: MergedItem<S>[];
  /** Every other step (other roles, specialisms), most articles first. */
  directions: MergedItem<S>[];
}

/** Splits merged career steps into the ladder and the directions. Pure. */
export function careerLadder<S extends Statement>(items: readonly MergedItem<S>[]): CareerLadder<S> {
  const rung = (item: MergedItem<S>) =>
    item.theme && item.otherRoles.length === 0 ? LADDER.indexOf(item.theme.slug) : -1;
  return {
    rungs: items.filter((item) => rung(item) >= 0).sort((a, b) => rung(a) - rung(b)),
    directions: items.filter((item) => rung(item) < 0),
  };
}
