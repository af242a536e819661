export function securityHeaders(production: boolean): { key: string; value: string }[];
export const STRICT_TRANSPORT_SECURITY: { key: string; value: string };
