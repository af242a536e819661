export declare const INTERRUPTED_SUMMARY: string;
export declare function markInterruptedImports(client: { query: (sql: string, params?: unknown[]) => Promise<{ rows: { id: number }[] }> }): Promise<number[]>;
