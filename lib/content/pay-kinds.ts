/**
 * The kinds of amount a salary figure states, apart from the schema's
 * validators: formatting, which also runs in the browser, tells salary from
 * additional pay without loading zod. `schema.ts` builds its enum from
 * these and exports them with it.
 */
export const payKinds = ['base', 'total-compensation', 'average', 'median', 'range', 'unspecified', 'bonus', 'equity'] as const;

/**
 * Pay on top of a salary, recorded as its own figure and never added to one:
 * `bonus` (bonus, signing bonus, additional cash compensation or pay) and
 * `equity` (equity or stock stated as an amount). Every other kind is salary.
 */
export const additionalPayKinds = ['bonus', 'equity'] as const satisfies ReadonlyArray<(typeof payKinds)[number]>;

/** True for kinds that state a salary; false for additional pay (`additionalPayKinds`), which charts and summaries of salary leave out. */
export function isSalaryKind(kind: (typeof payKinds)[number]): boolean {
  return !(additionalPayKinds as ReadonlyArray<string>).includes(kind);
}
