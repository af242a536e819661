export declare function isDatabaseUnavailable(error: unknown): boolean;
