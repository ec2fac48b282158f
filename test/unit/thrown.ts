// The message a call throws, for tests that compare refusals exactly.

/** The message `f` throws, or undefined when it returns. */
export function thrownMessage(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
}
