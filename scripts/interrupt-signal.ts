/**
 * SIGINT (Ctrl-C) during `run`, as CPython handles it: the first raises KeyboardInterrupt in the script (its
 * traceback is printed and the exit status is 130); a second, for code that does not stop (a native loop),
 * ends the sandbox at once. Returns the function that removes the handler.
 */
export interface InterruptHandlers {
  /** The first Ctrl-C. */
  interrupt(): void;
  /** The second one. */
  kill(): void;
}

export function onInterruptSignal(handlers: InterruptHandlers): { readonly count: () => number; readonly remove: () => void } {
  let count = 0;
  const listener = (): void => {
    count++;
    if (count === 1) handlers.interrupt();
    else if (count === 2) handlers.kill();
  };
  process.on('SIGINT', listener);
  return { count: () => count, remove: () => { process.off('SIGINT', listener); } };
}
