import UAParser from 'ua-parser-js';

export interface UserAgentSummary {
  readonly device: string;
  readonly browser: string;
  readonly os: string;
}

function joined(...parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join(' ');
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const cache = new Map<string, UserAgentSummary>();
const CACHE_LIMIT = 2_000;

/** Device, browser and OS for the status page, parsed by ua-parser-js 1.x (memoized; the page refreshes every second). */
export function describeUserAgent(userAgent: string): UserAgentSummary {
  let summary = cache.get(userAgent);
  if (!summary) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    summary = parseUserAgent(userAgent);
    cache.set(userAgent, summary);
  }
  return summary;
}

function parseUserAgent(userAgent: string): UserAgentSummary {
  const result = new UAParser(userAgent).getResult();
  const model = joined(result.device.vendor, result.device.model);
  const kind = result.device.type ? capitalized(result.device.type) : 'Desktop';
  return {
    device: model ? `${kind} (${model})` : kind,
    browser: joined(result.browser.name, result.browser.version) || 'Unknown',
    os: joined(result.os.name, result.os.version) || 'Unknown',
  };
}
