// The nonce of a webview's Content-Security-Policy: 18 random bytes in base64, from the Web Crypto
// API, which both extension hosts have (Node 20 and the web worker), unlike Node's crypto module.
export function webviewNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
}
