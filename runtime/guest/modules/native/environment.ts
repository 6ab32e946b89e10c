import { environment, timeZone } from '../../environment.js';
import { fn, pyInt } from './bytes.js';
import type { PyObject, SkGlobal } from '../../skulpt-types.js';
import { engineValue } from '../../slots.js';

declare const Sk: SkGlobal;

/**
 * `_psenv`: the configured machine (default time zone, host name, locale) and time-zone arithmetic from the
 * isolate's own Intl (ICU) data: the offset of a zone at an instant and its English names. Pure computation;
 * the real machine's settings never reach it (the host sends the configured values).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', era: 'short',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at `millis`, in ms (DST included). */
export function zoneOffset(zone: string, millis: number): number {
  // Whole seconds: Intl formats seconds, and zones have had second-precision offsets only before 1900.
  const base = Math.floor(millis / 1000) * 1000;
  const fields: Record<string, number> = {};
  let bc = false;
  for (const part of partsFormatter(zone).formatToParts(new Date(base))) {
    if (part.type === 'era') bc = part.value === 'BC';
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = bc ? 1 - (fields.year ?? 0) : (fields.year ?? 0);
  const local = Date.UTC(year, (fields.month ?? 1) - 1, fields.day ?? 1, fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0);
  const d = new Date(local);
  if (year >= 0 && year < 100) d.setUTCFullYear(year);
  return d.getTime() - base;
}

function zoneName(zone: string, millis: number, style: 'short' | 'long'): string {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style });
  return f.formatToParts(new Date(millis)).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** The canonical id of a zone Intl knows, or undefined. */
function knownZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const str = (s: string): PyObject => new Sk.builtin.str(s);
const text = (o: PyObject): string => String(engineValue(o));
const num = (o: PyObject): number => Number(Sk.builtin.asnum$(o));

export function environmentModule(): Record<string, PyObject> {
  return {
    default_timezone: fn('default_timezone', () => str(timeZone())),
    hostname: fn('hostname', () => str(environment().hostname)),
    default_locale: fn('default_locale', () => str(environment().locale)),
    now_millis: fn('now_millis', () => pyInt(Date.now())),
    zone_offset: fn('zone_offset', (zone, millis) => pyInt(zoneOffset(text(zone), num(millis)))),
    zone_name: fn('zone_name', (zone, millis, long) => str(zoneName(text(zone), num(millis), Sk.misceval.isTrue(long) ? 'long' : 'short'))),
    display_name: fn('display_name', (kind, code) => {
      const type = text(kind) === 'language' ? 'language' : 'region';
      return str(new Intl.DisplayNames(['en-US'], { type }).of(text(code)) ?? text(code));
    }),
    known_zone: fn('known_zone', (zone) => {
      const id = knownZone(text(zone));
      return id === undefined ? Sk.builtin.none.none$ : str(id);
    }),
  };
}
