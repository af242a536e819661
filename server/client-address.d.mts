import type { IncomingMessage } from 'node:http';
export const CLIENT_HEADER: string;
export type Trust = (address: string, hop: number) => boolean;
export function trustedProxies(list: string[]): Trust;
export function clientKeyOfAddress(address: string): string;
export function clientAddressOf(req: Pick<IncomingMessage, 'socket' | 'headers'>, trust: Trust): string;
export function viaTrustedHttpsProxy(req: Pick<IncomingMessage, 'socket' | 'headers'>, trust: Trust): boolean;
