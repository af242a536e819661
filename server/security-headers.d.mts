export function securityHeaders(production: boolean, options?: { frameable?: boolean }): { key: string; value: string }[];
export function headerRules(production: boolean): { source: string; headers: { key: string; value: string }[] }[];
export const EMBED_SOURCE: string;
export const NOT_EMBED_SOURCE: string;
export const STRICT_TRANSPORT_SECURITY: { key: string; value: string };
export function headersForPath(target: string, production: boolean): { key: string; value: string }[];
