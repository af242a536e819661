export type VersionScope = 'series' | 'seed';
export declare const DATA_VERSION_KEY: 'data_version';
export declare const SCOPED_VERSION_KEYS: Readonly<Record<VersionScope, string>>;
export declare const ALL_VERSION_KEYS: readonly string[];
export declare function newVersionValue(tag?: string): string;
export declare function versionKeysFor(scopes: readonly VersionScope[]): string[];
export declare function bumpVersionsStatement(scopes: readonly VersionScope[], value?: string): { text: string; values: [string, string[]] };
