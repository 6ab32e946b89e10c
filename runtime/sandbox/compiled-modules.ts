import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of dist/compiled/index.json (written by build.mjs). */
interface CompiledEntry {
  readonly file: string;
  readonly funcname: string;
}

/**
 * The library modules the build compiled (dist/compiled), served to the guest by module file name. Only the files
 * the build's index names are read, and each at most once per process, so a reset does not read them again.
 */
export class CompiledModules {
  private index: ReadonlyMap<string, CompiledEntry> | undefined;
  private readonly texts = new Map<string, string>();

  constructor(private readonly dir: string | undefined) {}

  /** The module's function name, a newline and its code; '' when the build compiled no such module. */
  get(moduleFile: string): string {
    const entry = this.entries().get(moduleFile);
    if (entry === undefined || this.dir === undefined) return '';
    let text = this.texts.get(moduleFile);
    if (text === undefined) {
      text = `${entry.funcname}\n${readFileSync(join(this.dir, entry.file), 'latin1')}`;
      this.texts.set(moduleFile, text);
    }
    return text;
  }

  private entries(): ReadonlyMap<string, CompiledEntry> {
    this.index ??= readIndex(this.dir);
    return this.index;
  }
}

function readIndex(dir: string | undefined): ReadonlyMap<string, CompiledEntry> {
  const entries = new Map<string, CompiledEntry>();
  if (dir === undefined) return entries;
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    for (const [moduleFile, value] of Object.entries(parsed as Record<string, unknown>)) {
      const { file, funcname } = (value ?? {}) as Partial<Record<string, unknown>>;
      if (typeof file === 'string' && /^\d+\.js$/.test(file) && typeof funcname === 'string' && /^[$\w]+$/.test(funcname)) {
        entries.set(moduleFile, { file, funcname });
      }
    }
  } catch {
    // No index (a build without it): every module is compiled in the guest.
  }
  return entries;
}
