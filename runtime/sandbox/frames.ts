import { bytesText } from './bytes-text.js';

/**
 * Length-prefixed JSON frames over a byte stream: the transport between the host and the sandbox process
 * (the child's stdin and stdout). Each frame is a 4-byte big-endian length and that many bytes of UTF-8 JSON.
 * The reader refuses a frame longer than its cap before buffering it, so a hostile peer cannot make the reader
 * hold more than `maxFrameBytes` of its data.
 *
 * One kind of frame is not JSON: a host call's reply (the wire's `callReply`), whose payload is itself JSON that
 * the guest parses. Sent as a JSON string inside a JSON message it would be escaped by the host and unescaped by
 * the sandbox process, a pass each over what can be megabytes (a session table). Its frame is instead a zero byte,
 * the call id (4 bytes, big-endian) and the payload as it is; the reader turns it back into the same
 * `{type: 'callReply', id, json}` message. A JSON frame never starts with a zero byte.
 */
export function encodeFrame(message: unknown): Buffer {
  const json = JSON.stringify(message);
  const length = Buffer.byteLength(json, 'utf8');
  // One buffer, written in place: large frames (session tables) are not copied a second time.
  const frame = Buffer.allocUnsafe(4 + length);
  frame.writeUInt32BE(length, 0);
  frame.write(json, 4, 'utf8');
  return frame;
}

const CALL_REPLY_MARK = 0;

/** A host call's reply as a frame: mark, id, and the reply's JSON text unescaped (see above). */
export function encodeCallReplyFrame(id: number, json: string): Buffer {
  const length = 5 + Buffer.byteLength(json, 'utf8');
  const frame = Buffer.allocUnsafe(4 + length);
  frame.writeUInt32BE(length, 0);
  frame.writeUInt8(CALL_REPLY_MARK, 4);
  frame.writeUInt32BE(id, 5);
  frame.write(json, 9, 'utf8');
  return frame;
}

export class FrameReader {
  private chunks: Buffer[] = [];
  /** Index of the first chunk not yet consumed (the array is compacted when that passes half its length). */
  private head = 0;
  private buffered = 0;
  /** The length of the frame being read, once its header is in. */
  private expected: number | undefined;
  private failed = false;

  constructor(
    private readonly maxFrameBytes: number,
    private readonly onFrame: (message: unknown) => void,
    private readonly onError: (reason: string) => void,
  ) {}

  /** Linear in the bytes pushed, however they are split (a peer writing a byte at a time costs no more). */
  push(chunk: Buffer): void {
    if (this.failed) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.expected === undefined) {
        if (this.buffered < 4) return;
        const length = this.take(4).readUInt32BE(0);
        if (length > this.maxFrameBytes) {
          this.fail(`frame of ${length} bytes exceeds the cap of ${this.maxFrameBytes}`);
          return;
        }
        this.expected = length;
      }
      if (this.buffered < this.expected) return;
      const frame = this.take(this.expected);
      this.expected = undefined;
      let message: unknown;
      if (frame.length >= 5 && frame[0] === CALL_REPLY_MARK) {
        message = { type: 'callReply', id: frame.readUInt32BE(1), json: bytesText(frame.subarray(5)) };
      } else {
        try {
          message = JSON.parse(frame.toString('utf8'));
        } catch {
          this.fail('frame is not JSON');
          return;
        }
      }
      this.onFrame(message);
      if (this.failed) return;
    }
  }

  private fail(reason: string): void {
    this.failed = true;
    this.chunks = [];
    this.head = 0;
    this.buffered = 0;
    this.onError(reason);
  }

  /** Removes and returns the first n buffered bytes (n <= buffered), touching only the chunks it consumes. */
  private take(n: number): Buffer {
    const parts: Buffer[] = [];
    let needed = n;
    while (needed > 0) {
      const first = this.chunks[this.head] as Buffer;
      if (first.length <= needed) {
        parts.push(first);
        this.head++;
        needed -= first.length;
      } else {
        parts.push(first.subarray(0, needed));
        this.chunks[this.head] = first.subarray(needed);
        needed = 0;
      }
    }
    this.buffered -= n;
    if (this.head > 64 && this.head * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.head);
      this.head = 0;
    }
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, n);
  }
}
