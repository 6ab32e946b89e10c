import { describe, expect, it } from 'vitest';
import { encodeCallReplyFrame, encodeFrame, FrameReader } from '../../runtime/sandbox/frames.js';
import { sandboxMessageSchema } from '../../runtime/protocol.js';

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

  it('carries a call reply unescaped, mixed with JSON frames, as the same message a JSON frame would give', () => {
    const reply = JSON.stringify({ ok: ['quote " backslash \\ é 😀', 'x'.repeat(70_000)] });
    const bytes = Buffer.concat([encodeFrame({ type: 'interrupt' }), encodeCallReplyFrame(4_000_000_000, reply), encodeFrame({ type: 'reply', id: 1, json: '{}' })]);
    expect(bytes.includes(Buffer.from(reply))).toBe(true); // the reply's text as it is, not escaped a second time
    for (const step of [1, 7, 4096, bytes.length]) {
      const got: unknown[] = [];
      const reader = new FrameReader(1 << 20, (m) => got.push(m), (reason) => { throw new Error(reason); });
      for (let i = 0; i < bytes.length; i += step) reader.push(bytes.subarray(i, i + step));
      expect(got).toEqual([{ type: 'interrupt' }, { type: 'callReply', id: 4_000_000_000, json: reply }, { type: 'reply', id: 1, json: '{}' }]);
    }
  });

  it('a call-reply frame from the sandbox process is no message the host accepts', () => {
    const got: unknown[] = [];
    new FrameReader(1 << 20, (m) => got.push(m), () => undefined).push(encodeCallReplyFrame(1, '{}'));
    expect(sandboxMessageSchema.safeParse(got[0]).success).toBe(false);
  });
});
