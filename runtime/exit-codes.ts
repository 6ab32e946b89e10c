/** Exit codes shared by the library results, the guest and the CLI (no dependencies: the guest imports it). */
export const EXIT = {
  ok: 0,
  exception: 1,
  usage: 2,
  timeLimit: 3,
  memoryLimit: 4,
  outputLimit: 5,
  interrupted: 130,
} as const;
