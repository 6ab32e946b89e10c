/**
 * Length-prefixed JSON frames over a byte stream: the transport between the host and the sandbox process
 * (the child's stdin and stdout). Each frame is a 4-byte big-endian length and that many bytes of UTF-8 JSON.
 * The reader refuses a frame longer than its cap before buffering it, so a hostile peer cannot make the reader
 * hold more than `maxFrameBytes` of its data.
 */
export function encodeFrame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length, 0);
  return Buffer.concat([header, body]);
}

export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private failed = false;

  constructor(
    private readonly maxFrameBytes: number,
    private readonly onFrame: (message: unknown) => void,
    private readonly onError: (reason: string) => void,
  ) {}

  push(chunk: Buffer): void {
    if (this.failed) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (this.buffered >= 4) {
      const head = this.peek(4);
      const length = head.readUInt32BE(0);
      if (length > this.maxFrameBytes) {
        this.fail(`frame of ${length} bytes exceeds the cap of ${this.maxFrameBytes}`);
        return;
      }
      if (this.buffered < 4 + length) return;
      const frame = this.take(4 + length).subarray(4);
      let message: unknown;
      try {
        message = JSON.parse(frame.toString('utf8'));
      } catch {
        this.fail('frame is not JSON');
        return;
      }
      this.onFrame(message);
    }
  }

  private fail(reason: string): void {
    this.failed = true;
    this.chunks = [];
    this.buffered = 0;
    this.onError(reason);
  }

  private peek(n: number): Buffer {
    if (this.chunks[0] !== undefined && this.chunks[0].length >= n) return this.chunks[0].subarray(0, n);
    return Buffer.concat(this.chunks).subarray(0, n);
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks);
    this.chunks = all.length > n ? [all.subarray(n)] : [];
    this.buffered = all.length - n;
    return all.subarray(0, n);
  }
}
