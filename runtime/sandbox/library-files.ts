import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A kind of library file the build writes under dist/, each kind in a folder with an index.json. */
interface LibraryKind {
  readonly folder: string;
  /** Whether the guest's library() serves the files as text (compiled modules are evaluated by ModuleScripts instead). */
  readonly served: boolean;
  readonly parseEntry: (value: unknown) => IndexEntry | undefined;
}

export interface CompiledModule {
  /** The file the build wrote it to. */
  readonly path: string;
  /** The global its code assigns the module's function to. */
  readonly funcname: string;
  readonly text: string;
}

interface IndexEntry {
  readonly file: string;
  readonly funcname?: string;
}

const FILE_NAME = /^\d+\.(?:js|py)$/;

const KINDS: Readonly<Record<string, LibraryKind>> = {
  // dist/compiled: a library module's generated code, as {file, funcname} by module file ('src/lib/json.py').
  compiled: {
    folder: 'compiled',
    served: false,
    parseEntry: (value) => {
      const { file, funcname } = (value ?? {}) as Partial<Record<string, unknown>>;
      return typeof file === 'string' && FILE_NAME.test(file) && typeof funcname === 'string' && /^[$\w]+$/.test(funcname) ? { file, funcname } : undefined;
    },
  },
  // dist/python: a Python source of the guest bundle, as its file by repository path.
  source: {
    folder: 'python',
    served: true,
    parseEntry: (value) => (typeof value === 'string' && FILE_NAME.test(value) ? { file: value } : undefined),
  },
};

/**
 * The library files the build wrote: Python sources (dist/python), served to the guest's library() as
 * `source:<path>`, and library modules' generated code (dist/compiled), which ModuleScripts evaluates. Only files
 * an index names are read, each at most once per process (a reset does not read them again).
 */
export class LibraryFiles {
  private readonly indexes = new Map<string, ReadonlyMap<string, IndexEntry>>();
  private readonly texts = new Map<string, string>();

  constructor(private readonly dir: string | undefined) {}

  /** The file's text for the guest, or '' when the build wrote no such file. */
  get(name: string): string {
    const colon = name.indexOf(':');
    const kind = colon < 0 || !Object.hasOwn(KINDS, name.slice(0, colon)) ? undefined : KINDS[name.slice(0, colon)];
    if (kind?.served !== true || this.dir === undefined) return '';
    const entry = this.index(kind).get(name.slice(colon + 1));
    if (entry === undefined) return '';
    let text = this.texts.get(name);
    if (text === undefined) {
      text = this.read(kind, entry);
      this.texts.set(name, text);
    }
    return text;
  }

  /** A library module's generated code (dist/compiled) by module file ('src/lib/json.py'): its file, function name and text. */
  compiledModule(name: string): CompiledModule | undefined {
    const kind = KINDS['compiled'];
    const entry = kind === undefined || this.dir === undefined ? undefined : this.index(kind).get(name);
    if (kind === undefined || entry === undefined || this.dir === undefined) return undefined;
    let text = this.texts.get(`compiled:${name}`);
    if (text === undefined) {
      text = this.read(kind, entry);
      this.texts.set(`compiled:${name}`, text);
    }
    return { path: join(this.dir, kind.folder, entry.file), funcname: entry.funcname ?? '', text };
  }

  private read(kind: LibraryKind, entry: IndexEntry): string {
    return readFileSync(join(this.dir ?? '', kind.folder, entry.file), 'utf8');
  }

  private index(kind: LibraryKind): ReadonlyMap<string, IndexEntry> {
    let index = this.indexes.get(kind.folder);
    if (index === undefined) {
      index = readIndex(this.dir, kind);
      this.indexes.set(kind.folder, index);
    }
    return index;
  }
}

function readIndex(dir: string | undefined, kind: LibraryKind): ReadonlyMap<string, IndexEntry> {
  const entries = new Map<string, IndexEntry>();
  if (dir === undefined) return entries;
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, kind.folder, 'index.json'), 'utf8'));
    for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
      const entry = kind.parseEntry(value);
      if (entry !== undefined) entries.set(name, entry);
    }
  } catch {
    // No index (a build without it): the guest compiles every module itself.
  }
  return entries;
}
