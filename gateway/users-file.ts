import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UsersFileError } from './users-file-error.js';

export { UsersFileError };
import { hashPassword, parsePasswordHash, verifyPassword, type ParsedHash } from './passwords.js';

/**
 * Users file: `{ "users": [ { "username": "billy", "passwordHash": "scrypt$16384$8$1$<salt>$<hash>",
 * "projects": ["demo"] } ] }`. `projects` (optional) lists the projects the user is authorized for;
 * absent means every project.
 */
const userSchema = z.strictObject({
  username: z.string().min(1).max(128).refine((name) => name !== 'Unauthenticated', 'the name Unauthenticated is reserved'),
  passwordHash: z.string().transform((text, context) => {
    const parsed = parsePasswordHash(text);
    if (typeof parsed === 'string') {
      context.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    }
    return parsed;
  }),
  projects: z.array(z.string().min(1).max(128)).max(1000).optional(),
});
export const usersFileSchema = z.strictObject({ users: z.array(userSchema).max(10_000) }).superRefine((file, context) => {
  const seen = new Set<string>();
  for (const user of file.users) {
    if (seen.has(user.username)) context.addIssue({ code: 'custom', message: `duplicate username '${user.username}'` });
    seen.add(user.username);
  }
});

interface UserEntry {
  readonly passwordHash: ParsedHash;
  readonly projects: readonly string[] | undefined;
}


/** The users who may log in. Empty when the gateway runs without --users. */
export class UserDirectory {
  private constructor(private readonly users: ReadonlyMap<string, UserEntry>) {}

  static empty(): UserDirectory {
    return new UserDirectory(new Map());
  }

  static fromJson(json: unknown, source: string): UserDirectory {
    const result = usersFileSchema.safeParse(json);
    if (!result.success) throw new UsersFileError(`Invalid users file ${source}:\n${z.prettifyError(result.error)}`);
    return new UserDirectory(new Map(result.data.users.map((user) => [user.username, { passwordHash: user.passwordHash, projects: user.projects }])));
  }

  static async load(path: string): Promise<UserDirectory> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new UsersFileError(`Cannot read users file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new UsersFileError(`Users file ${path} is not valid JSON: ${(error as Error).message}`);
    }
    return UserDirectory.fromJson(json, path);
  }

  get size(): number {
    return this.users.size;
  }

  /** Checks a login; unknown users cost the same scrypt work as known ones. */
  async authenticate(username: string, password: string): Promise<boolean> {
    const entry = this.users.get(username);
    if (!entry) {
      await verifyPassword(password, await dummyHash());
      return false;
    }
    return verifyPassword(password, entry.passwordHash);
  }

  /** Whether a logged-in user may use a project (the `authorized` field). */
  isAuthorized(username: string, project: string): boolean {
    const entry = this.users.get(username);
    return entry !== undefined && (entry.projects === undefined || entry.projects.includes(project));
  }
}

let dummy: Promise<ParsedHash> | undefined;
function dummyHash(): Promise<ParsedHash> {
  dummy ??= hashPassword('not a real password').then((text) => parsePasswordHash(text) as ParsedHash);
  return dummy;
}
