/** Types of `bundle-cache.mjs`, for the TypeScript that imports it. */
export declare const bundleDir: (root: string) => string;
export declare function markUsed(file: string): void;
export declare function removeUnused(dir: string, keep: string, isOurs: (name: string) => boolean): void;
