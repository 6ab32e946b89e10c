import { isAscii } from 'node:buffer';

/**
 * Bytes as text, UTF-8. ASCII (the build writes its bundles so, and a session table's JSON mostly is) is read as
 * latin1, the same text without UTF-8 decoding (~2.5x faster).
 */
export function bytesText(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}
