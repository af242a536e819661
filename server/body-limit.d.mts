import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const SESSION_BODY_MAX_BYTES: number;
export declare const IMPORT_FORM_OVERHEAD_BYTES: number;
export declare const OTHER_BODY_MAX_BYTES: number;
export declare function bodyLimitOf(pathname: string, options: { importMaxBytes: number }): number;
export declare function bodyTooLargeMessage(limit: number): string;
export declare function guardRequestBody(req: IncomingMessage, res: ServerResponse, options: { importMaxBytes: number; headers?: Record<string, string> }): boolean;
