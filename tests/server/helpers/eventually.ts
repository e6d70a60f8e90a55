/**
 * On PostgreSQL a pull shows a change only once every older transaction in the whole cluster has
 * finished (by design: nothing is skipped, see server/repo/changes.ts). Other test files write
 * concurrently, so a change becomes visible eventually rather than at once: read until it shows.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  ms = 15_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
