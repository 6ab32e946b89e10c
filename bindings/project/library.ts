import type { NamedQuery } from '../db/named-query.js';

/**
 * The project library an Ignition script sees: script modules by path (`BlueRidge.Common.Util`), and the
 * project's metadata. Pluggable like the session backend: DirectoryProjectLibrary reads a project folder; any
 * other source (a database, an in-memory map in tests) implements this interface.
 */
export interface ProjectLibrary {
  /** The project's name, as system.util.getProjectName() returns it (on a gateway, its folder name). */
  readonly name: string;
  /** What system.perspective.getProjectInfo() returns besides the name. */
  readonly info: ProjectInfo;
  /** Every script module, inheritance applied (a child's module replaces its parent's at the same path). */
  readonly scripts: readonly ProjectScript[];
  /** The named queries (system.db.runNamedQuery), inheritance applied likewise; none when absent. */
  readonly namedQueries?: readonly NamedQuery[];
}

export interface ProjectScript {
  /** Dotted path, e.g. `BlueRidge.Common.Util`; each part is a Python identifier. */
  readonly path: string;
  /** The file tracebacks show. */
  readonly file: string;
  readonly source: string;
}

export interface ProjectInfo {
  readonly title: string;
  readonly description: string;
  /** The newest modification recorded in the project's resources (ISO 8601), or null. */
  readonly lastModified: string | null;
  readonly lastModifiedBy: string | null;
  /** Perspective view paths, e.g. `Page/Home`. */
  readonly views: readonly string[];
  readonly pageConfigs: ReadonlyArray<{ readonly url: string; readonly primaryView: string }>;
}

/** A project library that cannot be read (unreadable, oversized or badly encoded file, bad inheritance). Exit 2. */
export class ProjectLibraryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectLibraryError';
  }
}

/** The project scripts see when none is given: an empty library. */
export const NO_PROJECT: ProjectLibrary = {
  name: 'MyProject',
  info: { title: '', description: '', lastModified: null, lastModifiedBy: null, views: [], pageConfigs: [] },
  scripts: [],
};
