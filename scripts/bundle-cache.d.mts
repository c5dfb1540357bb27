/** Types of `bundle-cache.mjs`, for the TypeScript that imports it. */
export declare const bundleDir: (root: string) => string;
export declare function markUsed(file: string): void;
export declare function removeUnused(dir: string, keep: string, isOurs: (name: string) => boolean): void;
export declare function inputsHash(root: string, inputs: readonly string[], salt: string): string | null;
export interface BundleRecord {
  inputs: string[];
  hash: string;
  dir: string;
}
export declare function readRecord(file: string): BundleRecord | null;
export declare function currentBundle(root: string, recordFile: string, salt: string, entry?: string): string | null;
export declare function writeRecord(file: string, record: BundleRecord): void;
