/**
 * The shapes merging works on. A statement is anything with the words an
 * article wrote and where it wrote them: guide facts are statements as they
 * are, hiring scenarios through `hiringNeedStatement`.
 */
import type { ThemeCatalog, mergeKinds } from '@/lib/content/schema';

export type { ThemeCatalog } from '@/lib/content/schema';

/** What merging reads from a statement; the caller's objects are passed through untouched. */
export interface Statement {
  text: string;
  /** A description (responsibilities, career steps), an answer (FAQs) or a reason (hiring needs). */
  detail: string | null;
  article: string;
  section: string | null;
  sectionId: string | null;
}

export type MergeKind = (typeof mergeKinds)[number];

export interface MergeContext {
  vocabulary: ThemeCatalog;
  /**
   * Names and aliases of the roles, as phrases. They are dropped from the
   * words compared, so "What does an AI Engineer earn?" and "How much do AI
   * Trainers earn?" compare on what they ask, not on whom.
   */
  stopRoleWords: readonly string[];
  /**
   * The role slugs a text names. Questions and career steps are keyed by the
   * roles they name besides `role`, so "the difference between an AI Engineer
   * and a Data Scientist" and "… an AI Architect and a Data Scientist" stay apart.
   */
  rolesIn?: (text: string) => string[];
  /** The role whose statements these are: never counted among the other roles. */
  role?: string;
}

/** A group heading of the vocabulary, or the "Other" group of unthemed items. */
export interface ThemeGroupRef {
  slug: string;
  label: string;
}

export interface MergedItem<S extends Statement> {
  /** Stable and usable as an HTML id: the theme's slug (plus other roles' slugs), or a hash of the words. */
  id: string;
  /** The theme's label; for an unthemed item, its first statement's text. */
  label: string;
  theme: { slug: string; label: string; group: ThemeGroupRef } | null;
  /** Where the item is shown: its theme's group; for an unthemed item the group whose terms it names, else "Other". */
  group: ThemeGroupRef;
  /** Role slugs in the merge key (questions and career steps), sorted; else []. */
  otherRoles: string[];
  /** Every statement merged here, in input order. */
  statements: S[];
  /** Distinct article slugs, in order of first appearance. */
  articles: string[];
  /** Why these were put together: the vocabulary terms matched, or the shared words of an unthemed item. */
  matched: string[];
}

/** Items under one display group. */
export interface ItemGroup<S extends Statement> {
  group: ThemeGroupRef;
  items: MergedItem<S>[];
}
