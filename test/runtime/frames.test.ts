import { describe, expect, it } from 'vitest';
import { encodeFrame, FrameReader } from '../../runtime/sandbox/frames.js';

describe('frames between the host and the sandbox process', () => {
  it('round-trips messages however the bytes are split', () => {
    const messages = [{ type: 'output', text: 'héllo\n' }, { type: 'reply', id: 7, json: '{}' }, { big: 'x'.repeat(100_000) }];
    const bytes = Buffer.concat(messages.map(encodeFrame));
    for (const step of [1, 3, 4096, bytes.length]) {
      const got: unknown[] = [];
      const reader = new FrameReader(1 << 20, (m) => got.push(m), (reason) => { throw new Error(reason); });
      for (let i = 0; i < bytes.length; i += step) reader.push(bytes.subarray(i, i + step));
      expect(got).toEqual(messages);
    }
  });

  it('refuses a frame over the cap from its header, before buffering it, and then reads nothing more', () => {
    const errors: string[] = [];
    const got: unknown[] = [];
    const reader = new FrameReader(1000, (m) => got.push(m), (reason) => errors.push(reason));
    const header = Buffer.alloc(4);
    header.writeUInt32BE(2 ** 31, 0);
    reader.push(header);
    reader.push(encodeFrame({ after: true }));
    expect(errors).toEqual(['frame of 2147483648 bytes exceeds the cap of 1000']);
    expect(got).toEqual([]);
  });

  it('refuses a frame that is not JSON', () => {
    const errors: string[] = [];
    const reader = new FrameReader(1000, () => undefined, (reason) => errors.push(reason));
    const body = Buffer.from('{not json');
    const header = Buffer.alloc(4);
    header.writeUInt32BE(body.length, 0);
    reader.push(Buffer.concat([header, body]));
    expect(errors).toEqual(['frame is not JSON']);
  });
});
