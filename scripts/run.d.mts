/** Types of `run.mjs`, for the tests that import it. */
export declare function commandBundle(
  root: string,
  command: string,
  dir?: string,
): Promise<{ entry: string; built: boolean }>;
