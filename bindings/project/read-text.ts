import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ProjectLibraryError } from './library.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A UTF-8 text file of at most `maxBytes` (a BOM is dropped); any problem is a ProjectLibraryError naming the file. */
export function readProjectText(file: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new ProjectLibraryError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw new ProjectLibraryError(`${file}: ${size} bytes, more than the ${maxBytes} a project file may have`);
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    try {
      return decoder.decode(buffer.subarray(0, read)).replace(/^\uFEFF/, '');
    } catch {
      throw new ProjectLibraryError(`${file}: not valid UTF-8 text`);
    }
  } catch (err) {
    if (err instanceof ProjectLibraryError) throw err;
    throw new ProjectLibraryError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}
