import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { hashPassword, UserDirectory, UsersFileError } from '../../gateway/index.js';
import { BILLY_PASSWORD, EXAMPLE_USERS } from './helpers.js';

describe('users file', () => {
  it('ships billy in examples/users.json with a scrypt hash, not the password', async () => {
    const text = await readFile(EXAMPLE_USERS, 'utf8');
    expect(text).not.toContain(BILLY_PASSWORD);
    expect(text).toMatch(/"passwordHash": "scrypt\$16384\$8\$1\$/);
    const users = await UserDirectory.load(EXAMPLE_USERS);
    expect(await users.authenticate('billy', BILLY_PASSWORD)).toBe(true);
    expect(await users.authenticate('billy', `${BILLY_PASSWORD}x`)).toBe(false);
    expect(await users.authenticate('Billy', BILLY_PASSWORD)).toBe(false);
    expect(users.isAuthorized('billy', 'demo')).toBe(true);
    expect(users.isAuthorized('billy', 'elsewhere')).toBe(false);
  });

  it('hashes with a fresh salt each time', async () => {
    const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    expect(a).not.toBe(b);
    const users = UserDirectory.fromJson({ users: [{ username: 'u', passwordHash: a }] }, 'inline');
    expect(await users.authenticate('u', 'same')).toBe(true);
    expect(users.isAuthorized('u', 'any-project')).toBe(true);
  });

  it.each([
    [{ users: [{ username: 'x', password: 'plain' }] }, 'passwordHash'],
    [{ users: [{ username: 'x', passwordHash: 'sha1$abc' }] }, 'scrypt$N$r$p'],
    [{ users: [{ username: 'x', passwordHash: 'scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' }] }, 'power of two'],
    [{ users: [{ username: 'Unauthenticated', passwordHash: 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' }] }, 'reserved'],
    [{ people: [] }, 'users'],
  ])('rejects an invalid users file (%#)', (json, fragment) => {
    expect(() => UserDirectory.fromJson(json, 'bad.json')).toThrow(UsersFileError);
    expect(() => UserDirectory.fromJson(json, 'bad.json')).toThrow(fragment);
  });

  it('rejects duplicate usernames and unreadable files', async () => {
    const hash = await hashPassword('p');
    expect(() => UserDirectory.fromJson({ users: [{ username: 'a', passwordHash: hash }, { username: 'a', passwordHash: hash }] }, 'dup.json')).toThrow(/duplicate/);
    await expect(UserDirectory.load('/nonexistent/users.json')).rejects.toThrow(/Cannot read users file/);
  });
});
