/** Types of bundle-record.mjs (plain JavaScript, so the launcher can run it without a loader). */
export declare const BUNDLE_FORMAT: number;
export declare function digestOf(contents: readonly string[]): string;
export declare function installedEsbuildVersion(): string;
export declare function defaultBundleDir(): string;
export declare function bundleFiles(entry: string, dir: string): { code: string; record: string };
export declare function reusableBundle(entry: string, dir?: string): string | undefined;
