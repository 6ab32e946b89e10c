/** A one-line progress display on a TTY (stderr), redrawn at most every 100 ms; silent otherwise. */
import type { ExampleResult } from './results.js';

export interface ProgressSink {
  readonly isTTY?: boolean;
  write(chunk: string): unknown;
}

export const PROGRESS_THRESHOLD = 20;

export class ProgressLine {
  private done = 0;
  private failed = 0;
  private lastDraw = 0;
  private readonly active: boolean;

  constructor(private readonly sink: ProgressSink, private readonly total: number) {
    this.active = sink.isTTY === true && total >= PROGRESS_THRESHOLD;
  }

  record(result: ExampleResult): void {
    this.done++;
    if (result.status === 'failed') this.failed++;
    if (!this.active) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    const width = 30;
    const filled = Math.round((this.done / Math.max(1, this.total)) * width);
    this.sink.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} examples${this.failed > 0 ? `, ${this.failed} failed` : ''}`);
  }

  finish(): void {
    if (this.active) this.sink.write('\r\x1b[2K');
  }
}
