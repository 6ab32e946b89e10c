import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { ProjectLibraryError, type ProjectInfo, type ProjectLibrary, type ProjectScript } from './library.js';
import { readProjectText } from './read-text.js';
import { readNamedQueries, type NamedQuery } from '../db/named-query.js';

export interface DirectoryLibraryLimits {
  /** The largest file read (a code.py, project.json...), in bytes. Default 4 MiB. */
  readonly maxFileBytes?: number;
  /** All script sources together, in bytes. Default 64 MiB. */
  readonly maxTotalBytes?: number;
  /** Script modules in all. Default 20,000. */
  readonly maxScripts?: number;
}

const DEFAULTS = { maxFileBytes: 4 * 1048576, maxTotalBytes: 64 * 1048576, maxScripts: 20_000 };
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SCRIPTS_DIR = ['ignition', 'script-python'];
const PERSPECTIVE_DIR = 'com.inductiveautomation.perspective';

const projectJsonSchema = z.looseObject({
  title: z.string().optional(),
  description: z.string().optional(),
  parent: z.string().nullable().optional(),
});
const resourceJsonSchema = z.looseObject({
  attributes: z.looseObject({
    lastModification: z.looseObject({ actor: z.string().optional(), timestamp: z.string().optional() }).optional(),
  }).optional(),
});
const pageConfigSchema = z.looseObject({
  pages: z.record(z.string(), z.looseObject({ viewPath: z.string().optional() })).optional(),
});

/**
 * A project folder as Ignition 8.1 stores and exports it (also a gateway's `data/projects/<name>`):
 * `ignition/script-python/<Pkg>/<Sub>/code.py`, `project.json` (whose `parent` names a sibling folder it
 * inherits from), Perspective views and page configuration. Everything is read once, when it is created.
 */
export class DirectoryProjectLibrary implements ProjectLibrary {
  readonly name: string;
  readonly info: ProjectInfo;
  readonly scripts: readonly ProjectScript[];
  readonly namedQueries: readonly NamedQuery[];

  private constructor(name: string, info: ProjectInfo, scripts: readonly ProjectScript[], namedQueries: readonly NamedQuery[]) {
    this.name = name;
    this.info = info;
    this.scripts = scripts;
    this.namedQueries = namedQueries;
  }

  static fromDirectory(dir: string, limits: DirectoryLibraryLimits = {}): DirectoryProjectLibrary {
    const caps = { ...DEFAULTS, ...limits };
    const chain = inheritanceChain(resolve(dir), caps.maxFileBytes);
    const byPath = new Map<string, ProjectScript>();
    const budget = { bytes: 0, count: 0 };
    // The root ancestor first: each child replaces its parents' modules at the same path.
    for (const project of [...chain].reverse()) {
      for (const script of readScripts(project.dir, caps, budget)) byPath.set(script.path, script);
    }
    const queries = new Map<string, NamedQuery>();
    for (const project of [...chain].reverse()) {
      for (const query of readNamedQueries(project.dir, caps.maxFileBytes)) queries.set(query.path, query);
    }
    const child = chain[0] as ProjectFolder;
    return new DirectoryProjectLibrary(basename(child.dir), readInfo(chain, caps.maxFileBytes), [...byPath.values()], [...queries.values()]);
  }
}

interface ProjectFolder { readonly dir: string; readonly json: z.infer<typeof projectJsonSchema> }

/** The project and its ancestors, child first; a missing parent or a cycle is an error. */
function inheritanceChain(dir: string, maxFileBytes: number): ProjectFolder[] {
  if (!isDirectory(dir)) throw new ProjectLibraryError(`${dir}: no such project folder`);
  if (!existsSync(join(dir, 'project.json')) && !isDirectory(join(dir, 'ignition'))) {
    throw new ProjectLibraryError(`${dir}: not an Ignition project folder (it has neither project.json nor ignition/)`);
  }
  const chain: ProjectFolder[] = [];
  let current: string | undefined = dir;
  while (current !== undefined) {
    const folder: string = current;
    if (chain.some((p) => p.dir === folder)) {
      throw new ProjectLibraryError(`cyclic project inheritance: ${[...chain.map((p) => basename(p.dir)), basename(folder)].join(' -> ')}`);
    }
    const json = readProjectJson(folder, maxFileBytes);
    chain.push({ dir: folder, json });
    const parent = json.parent;
    if (parent === undefined || parent === null || parent === '') break;
    const parentDir = join(dirname(folder), parent);
    if (!IDENTIFIER_OR_NAME.test(parent) || !isDirectory(parentDir)) {
      throw new ProjectLibraryError(`${join(folder, 'project.json')}: parent project '${parent}' not found (looked for ${parentDir})`);
    }
    current = parentDir;
  }
  return chain;
}

/** A project name as a folder name: no path separators, not `.` or `..`. */
const IDENTIFIER_OR_NAME = /^(?!\.\.?$)[^/\\]+$/;

function readProjectJson(dir: string, maxFileBytes: number): z.infer<typeof projectJsonSchema> {
  const file = join(dir, 'project.json');
  if (!existsSync(file)) return {};
  const text = readProjectText(file, maxFileBytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ProjectLibraryError(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const parsed = projectJsonSchema.safeParse(raw);
  if (!parsed.success) throw new ProjectLibraryError(`${file}: ${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** Every `code.py` under ignition/script-python: one module per folder that has one, each folder a package. */
function readScripts(projectDir: string, caps: typeof DEFAULTS, budget: { bytes: number; count: number }): ProjectScript[] {
  const root = join(projectDir, ...SCRIPTS_DIR);
  if (!isDirectory(root)) return [];
  const scripts: ProjectScript[] = [];
  const walk = (dir: string, parts: string[]): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!entry.isDirectory() || !IDENTIFIER.test(entry.name)) continue;
      const folder = join(dir, entry.name);
      const path = [...parts, entry.name];
      const code = join(folder, 'code.py');
      if (existsSync(code)) {
        const source = readProjectText(code, caps.maxFileBytes);
        budget.bytes += Buffer.byteLength(source);
        budget.count += 1;
        if (budget.bytes > caps.maxTotalBytes) throw new ProjectLibraryError(`${code}: the project's scripts pass ${caps.maxTotalBytes} bytes in all`);
        if (budget.count > caps.maxScripts) throw new ProjectLibraryError(`${code}: the project has more than ${caps.maxScripts} script modules`);
        scripts.push({ path: path.join('.'), file: code, source });
      }
      walk(folder, path);
    }
  };
  walk(root, []);
  return scripts;
}

function readInfo(chain: readonly ProjectFolder[], maxFileBytes: number): ProjectInfo {
  const child = chain[0] as ProjectFolder;
  const views = new Set<string>();
  let pageConfigs: Array<{ url: string; primaryView: string }> | undefined;
  let newest: { actor: string | null; timestamp: string } | undefined;
  for (const project of chain) {
    const perspective = join(project.dir, PERSPECTIVE_DIR);
    for (const view of findViews(join(perspective, 'views'), [])) views.add(view);
    const pageConfig = join(perspective, 'page-config', 'config.json');
    if (pageConfigs === undefined && existsSync(pageConfig)) pageConfigs = readPageConfigs(pageConfig, maxFileBytes);
  }
  for (const file of resourceFiles(child.dir)) {
    const parsed = resourceJsonSchema.safeParse(safeJson(readProjectText(file, maxFileBytes)));
    const modification = parsed.success ? parsed.data.attributes?.lastModification : undefined;
    if (modification?.timestamp !== undefined && (newest === undefined || modification.timestamp > newest.timestamp)) {
      newest = { actor: modification.actor ?? null, timestamp: modification.timestamp };
    }
  }
  return {
    title: child.json.title ?? '',
    description: child.json.description ?? '',
    lastModified: newest?.timestamp ?? null,
    lastModifiedBy: newest?.actor ?? null,
    views: [...views].sort(),
    pageConfigs: pageConfigs ?? [],
  };
}

function findViews(dir: string, parts: string[]): string[] {
  if (!isDirectory(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = [...parts, entry.name];
    if (existsSync(join(dir, entry.name, 'view.json'))) found.push(path.join('/'));
    found.push(...findViews(join(dir, entry.name), path));
  }
  return found;
}

function readPageConfigs(file: string, maxFileBytes: number): Array<{ url: string; primaryView: string }> {
  const parsed = pageConfigSchema.safeParse(safeJson(readProjectText(file, maxFileBytes)));
  if (!parsed.success) throw new ProjectLibraryError(`${file}: not a page configuration`);
  return Object.entries(parsed.data.pages ?? {}).map(([url, page]) => ({ url, primaryView: page.viewPath ?? '' }));
}

/** resource.json files of the project's scripts and views (where Ignition records the last modification). */
function resourceFiles(projectDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    if (!isDirectory(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'resource.json') out.push(path);
    }
  };
  walk(join(projectDir, ...SCRIPTS_DIR));
  walk(join(projectDir, PERSPECTIVE_DIR));
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
