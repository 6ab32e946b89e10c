import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

const CLI = new URL('../../dist/cli.cjs', import.meta.url).pathname;

/** `perspective-sandbox gateway` running as its own process, as a user starts it. */
export interface GatewayProcess {
  readonly url: string;
  readonly token: string;
  /** Everything the process wrote to stderr so far (its JSON-lines log, and any crash). */
  stderr(): string;
  /** null while it runs. */
  exitCode(): number | null;
  stop(): Promise<void>;
}

/** Starts dist/cli.cjs gateway on a free loopback port (run `npm run build` first). */
export async function startGatewayProcess(token: string, extraArgs: string[] = []): Promise<GatewayProcess> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build before the gateway process tests`);
  const child: ChildProcess = spawn(process.execPath, [CLI, 'gateway', '--port', '0', '--token', token, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let code: number | null = null;
  const exited = new Promise<void>((resolve) => child.once('exit', (exitCode, signal) => {
    code = exitCode ?? (signal ? 128 : 1);
    resolve();
  }));
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${stdout}\n${stderr}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(() => reject(new Error(`gateway exited with ${String(code)}:\n${stderr}`)));
  });
  return {
    url,
    token,
    stderr: () => stderr,
    exitCode: () => code,
    stop: async () => {
      if (code === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
