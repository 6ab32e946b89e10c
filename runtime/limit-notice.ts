import { limitMessage, type LimitKind, type Limits } from './wire.js';

/**
 * The line a stop adds to stderr: which limit, its value, and the option that sets it (or that the caller
 * aborted the run). It starts on a line of its own: after a newline only when the run's output so far does not
 * end with one.
 */
export function limitNotice(stop: LimitKind | 'abort', limits: Limits, output: { readonly stdout: string; readonly stderr: string }): string {
  const text = noticeText(stop, limits);
  if (text === '' || stop === 'memory') return text;
  const unfinishedLine = [output.stdout, output.stderr].some((stream) => stream !== '' && !stream.endsWith('\n'));
  return `${unfinishedLine ? '\n' : ''}${text}`;
}

function noticeText(stop: LimitKind | 'abort', limits: Limits): string {
  switch (stop) {
    case 'time': return `perspective-sandbox: stopped: ${limitMessage('time', limits)} (--timeout)\n`;
    case 'memory': return `MemoryError: ${limitMessage('memory', limits)} (--memory-limit)\n`;
    case 'output': return `perspective-sandbox: stopped: ${limitMessage('output', limits)}; the output above is cut there (--output-limit)\n`;
    case 'abort': return 'perspective-sandbox: stopped: the run was aborted\n';
    case 'recursion': return '';
  }
}
