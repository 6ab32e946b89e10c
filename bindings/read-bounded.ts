import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** How a bounded read names its file in errors: "sessions file", the option that raises the cap, the error type. */
export interface BoundedFileKind {
  readonly name: string;
  readonly raiseCap: string;
  readonly errorType: new (message: string) => Error;
}

/**
 * A file's UTF-8 text, refusing anything over maxBytes: regular files by their size, others (devices, pipes)
 * while they are read, so `/dev/zero` is refused at the cap rather than read forever. Errors name the file.
 */
export function readBounded(path: string, maxBytes: number, kind: BoundedFileKind): string {
  const tooLarge = (): Error => new kind.errorType(`${path}: the ${kind.name} is larger than ${maxBytes / 1048576} MB; raise the cap with ${kind.raiseCap}`);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new kind.errorType(`${path}: is a directory, not a ${kind.name}`);
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch (err) {
    if (err instanceof kind.errorType) throw err;
    throw new kind.errorType(`${path}: cannot read the ${kind.name} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
