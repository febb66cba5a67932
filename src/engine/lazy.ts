/**
 * Values a review offers but few readers ask for: the drafted give-backs of every finding read the
 * whole document's style, which a keystroke's diagnostics never show. Each is computed on its first
 * read and kept, so a review reads the same to every reader, sooner.
 */

/** Defines `key` on `target` as `compute()`, run on the first read and kept as a plain value. */
export function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): T {
  return Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get(this: T): T[K] {
      const value = compute();
      Object.defineProperty(this, key, { value, configurable: true, enumerable: true, writable: true });
      return value;
    },
    set(this: T, value: T[K]): void {
      Object.defineProperty(this, key, { value, configurable: true, enumerable: true, writable: true });
    },
  });
}

/** `{ ...head, ...rest }` without reading `rest`'s lazy values: their getters are carried, not run. */
export function withLazy<H extends object, R extends object>(head: H, rest: R): H & R {
  return Object.defineProperties(head, Object.getOwnPropertyDescriptors(rest)) as H & R;
}
