// An embedder's program, compiled with `tsc --strict` against the installed package and run as an ES module
// and as CommonJS by test/package/installed-package.test.ts. It prints one JSON line of what it saw.
import {
  createIgnitionInterpreter, InvalidOptionError, ValueConversionError,
  type SessionBackend, type SessionRecord, type PlainValue,
} from 'perspective-sandbox';
import { hashPassword } from 'perspective-sandbox/gateway';

function session(id: string, username: string): SessionRecord {
  return {
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', id, username, project: 'Demo', uptime: 1000, clientAddress: '10.0.0.1',
    lastComm: 5, sessionScope: 'browser', activePages: 1, recentBytesSent: 0, totalBytesSent: 10, pageIds: ['p1'], authorized: true,
  };
}

/** A custom asynchronous backend, as an embedder writes one. */
const backend: SessionBackend = {
  async listSessions({ username, project }) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return [session('a', 'billy'), session('b', 'alice')]
      .filter((s) => (username === null || s.username === username) && (project === null || s.project === project));
  },
};

async function main(): Promise<Record<string, PlainValue | undefined>> {
  const report: Record<string, PlainValue | undefined> = {};
  {
    await using interpreter = await createIgnitionInterpreter({ backend, limits: { timeoutSeconds: 10 } });
    const first = await interpreter.exec(
      'names = [s.username for s in system.perspective.getSessionInfo()]\nprint greeting, len(names)',
      { globals: { greeting: 'hello', threshold: 2 } },
    );
    report['stdout'] = first.stdout;
    report['names'] = await interpreter.getGlobal('names');
    const evaluated = await interpreter.evaluate('{"count": len(names), "enough": len(names) >= threshold, "billy": system.perspective.getSessionInfo("billy")[0]["id"]}');
    report['value'] = evaluated.value;
    try {
      await interpreter.evaluate('set(names)');
      report['conversion'] = 'no error';
    } catch (err) {
      report['conversion'] = err instanceof ValueConversionError ? 'ValueConversionError' : String(err);
    }
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const aborted = await interpreter.exec('while True:\n    try:\n        pass\n    except:\n        pass', { signal: controller.signal });
    report['aborted'] = [aborted.aborted === true, aborted.error?.type ?? null];
    report['globalsAfterAbort'] = await interpreter.getGlobal('names');
    const stuck = await interpreter.exec('import itertools\nsum(itertools.count())', { timeoutSeconds: 0.5 });
    report['hardLimit'] = [stuck.error?.type ?? null, stuck.error?.limit ?? null];
    const next = await interpreter.exec('print len(names)');
    report['restarted'] = [next.restarted === true, next.error?.type ?? null];
    report['afterRestart'] = (await interpreter.exec('print "alive"')).stdout;
  }
  try {
    await createIgnitionInterpreter({ backend, limits: { timeoutSeconds: -1 } });
    report['badOption'] = 'accepted';
  } catch (err) {
    report['badOption'] = err instanceof InvalidOptionError ? err.option : String(err);
  }
  report['gatewayEntry'] = (await hashPassword('correct horse battery')).startsWith('scrypt$');
  // Never disposed: an idle interpreter must not keep the process alive.
  const idle = await createIgnitionInterpreter({ backend });
  report['idle'] = (await idle.exec('print 6 * 7')).stdout;
  return report;
}

main().then(
  (report) => { process.stdout.write(`${JSON.stringify(report)}\n`); },
  (err: unknown) => { console.error(err); process.exitCode = 1; },
);
