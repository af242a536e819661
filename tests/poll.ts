/**
 * Calls `probe` until `done` holds for its result or `limitMs` has passed (a bounded deadline, not
 * a fixed wait: it returns as soon as the condition holds); resolves with the last result.
 */
export async function pollUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, limitMs: number, everyMs = 50): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() >= deadline) return value;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
