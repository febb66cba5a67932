/** A nonce for a Content-Security-Policy, from Web Crypto: the same code in Node and in a web worker. */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
