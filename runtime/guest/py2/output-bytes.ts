import { utf8Step } from './utf8.js';

/**
 * Where the guest's output becomes text. A Python 2 `str` is bytes (characters 0-255): printing
 * `u'é'.encode('utf-8')` or a UTF-8 str literal must write those bytes, which the host's UTF-8 output shows as 'é'.
 * A `unicode` is text and is written as its characters. So str writes are decoded as UTF-8 here, incrementally:
 * a sequence cut across two writes waits for the next one (`write('\xc3'); write('\xa9')` shows 'é').
 *
 * Bytes that are not valid UTF-8, and characters above 0xFF (a str that holds text, e.g. a host string in 'str'
 * mode), are written as the characters they are: output that was text before stays exactly the same.
 */
const instances = new Set<OutputBytes>();

export class OutputBytes {
  private pending = '';

  constructor(private readonly sink: (text: string) => void) {
    instances.add(this);
  }

  /** The text to output for one write: `bytes` for a str, not for unicode or host text. */
  text(text: string, bytes: boolean): string {
    if (!bytes) return this.takePending() + text;
    const input = this.takePending() + text;
    if (!/[\x80-\xff]/.test(input)) return input;
    let out = '';
    let i = 0;
    while (i < input.length) {
      const code = input.charCodeAt(i);
      if (code < 0x80 || code > 0xff) {
        out += input[i];
        i++;
        continue;
      }
      const step = utf8Step(input, i);
      if (step.ok) {
        out += step.text;
        i += step.length;
        continue;
      }
      if (step.error === 'end' && /^[\x80-\xbf]*$/.test(input.slice(i + 1))) {
        // A sequence cut by the end of this write: wait for its continuation bytes.
        this.pending = input.slice(i);
        return out;
      }
      out += input[i];
      i++;
    }
    return out;
  }

  /** A cut sequence that never got its end is written as the characters it is (end of a run). */
  flush(): void {
    const rest = this.takePending();
    if (rest !== '') this.sink(rest);
  }

  private takePending(): string {
    const rest = this.pending;
    this.pending = '';
    return rest;
  }
}

/** Writes out every cut sequence still waiting (called when a run ends). */
export function flushOutputBytes(): void {
  for (const instance of instances) instance.flush();
}
