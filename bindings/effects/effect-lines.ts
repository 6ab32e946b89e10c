import type { Effect, JsonValue } from './effect-log.js';

/** The parts of an effect its line shows: what was called, on what, with which arguments. */
export type EffectLineInput = Pick<Effect, 'function' | 'args' | 'targets'>;

const BARE = /^[\w./:@+-]+$/;
const LOOKS_LIKE_JSON = /^(?:true|false|null|-?\d[\d.eE+-]*)$/;

/** A value in a line: plain words bare, other strings JSON-quoted, anything else compact JSON. */
function renderValue(value: JsonValue): string {
  if (typeof value === 'string') return BARE.test(value) && !LOOKS_LIKE_JSON.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value);
}

/**
 * One effect as one line, the form the REPL's `.effects` prints and doctest's ```effects blocks hold:
 * `system.perspective.sendMessage sessionId=s1 pageId=p1 messageType=refresh payload={"x":1} scope=page`.
 * The targets come first (each key once, several values joined with commas; `targets=none` when the action
 * reached no page), then the arguments in signature order, leaving out the target keys and arguments that are None.
 */
export function effectLine(effect: EffectLineInput): string {
  const targetKeys: string[] = [];
  const values = new Map<string, string[]>();
  for (const target of effect.targets) {
    for (const [key, value] of Object.entries(target)) {
      if (!values.has(key)) {
        targetKeys.push(key);
        values.set(key, []);
      }
      const rendered = renderValue(value);
      const list = values.get(key) ?? [];
      if (!list.includes(rendered)) list.push(rendered);
    }
  }
  const parts = [effect.function];
  if (targetKeys.length === 0) parts.push('targets=none');
  for (const key of targetKeys) parts.push(`${key}=${(values.get(key) ?? []).join(',')}`);
  for (const [key, value] of Object.entries(effect.args)) {
    if (value === null || values.has(key)) continue;
    parts.push(`${key}=${renderValue(value)}`);
  }
  return parts.join(' ');
}
