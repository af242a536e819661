/** A TCP port that is free on this machine now (the kernel's choice for a listener on port 0). */
export function freePort(): Promise<number>;
