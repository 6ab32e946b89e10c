import { UAParser } from 'ua-parser-js';
import type { SessionScope } from './session.js';

/** The sessionScope a user agent implies: iOS → ios, Android → android, anything else → browser. */
export function scopeFromUserAgent(userAgent: string): SessionScope {
  const os = new UAParser(userAgent).getOS().name ?? '';
  if (os === 'iOS') return 'ios';
  if (os === 'Android') return 'android';
  return 'browser';
}
