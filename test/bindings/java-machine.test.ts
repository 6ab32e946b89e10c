import { describe, expect, it } from 'vitest';
import { runScript } from '../../bindings/index.js';
import { cli } from '../scripts/cli.js';

/** What the differential corpus cannot check: Jython has every Java class and the real machine's name and zone. */
describe('java.* shims: what is not there, and the configured machine', () => {
  it('a java class outside the set is an ImportError naming it and saying it is not available', async () => {
    const source = [
      'for stmt in ["from java.util import Scanner", "import java.sql.DriverManager", "import java.io.File"]:',
      '    try:',
      '        exec(stmt)',
      '    except ImportError, e:',
      '        print e',
    ].join('\n');
    const result = await runScript(source);
    expect(result.stdout).toBe([
      'cannot import name Scanner (java.util.Scanner is not available in the sandbox)',
      'No module named java.sql.DriverManager (java.sql.DriverManager is not available in the sandbox)',
      'No module named java.io.File (java.io.File is not available in the sandbox)',
      '',
    ].join('\n'));
  });

  it('InetAddress.getLocalHost() answers the configured host name, perspective-sandbox by default', async () => {
    const source = 'from java.net import InetAddress\nprint InetAddress.getLocalHost()';
    expect((await runScript(source)).stdout).toBe('perspective-sandbox/127.0.0.1\n');
    expect((await runScript(source, { hostname: 'gw-01.plant.local' })).stdout).toBe('gw-01.plant.local/127.0.0.1\n');
  });

  it('--timezone sets the default zone of java.util and system.date', () => {
    const code = 'from java.util import Date, TimeZone\nd = Date(1782910800000)\nprint d\nprint TimeZone.getDefault().getID(), system.date.getTimezone(), system.date.getTimezoneOffset(d), system.date.format(d, "HH:mm z")';
    expect(cli(['run', '--timezone', 'America/Chicago', '-c', code])).toEqual({
      status: 0,
      stderr: '',
      stdout: 'Wed Jul 01 08:00:00 CDT 2026\nAmerica/Chicago America/Chicago -5.0 08:00 CDT\n',
    });
    expect(cli(['run', '--timezone', 'UTC', '--hostname', 'hmi-2', '-c', code + '\nimport java.net\nprint java.net.InetAddress.getLocalHost().getHostName()']).stdout)
      .toBe('Wed Jul 01 13:00:00 UTC 2026\nUTC UTC 0.0 13:00 UTC\nhmi-2\n');
  });

  it('without --timezone the zone is the process\'s own (TZ)', () => {
    expect(cli(['run', '-c', 'print system.date.getTimezone()'], undefined, { TZ: 'Asia/Tokyo' }).stdout).toBe('Asia/Tokyo\n');
  });

  it('a bad --timezone or --hostname is a usage error', () => {
    const zone = cli(['run', '--timezone', 'Mars/Olympus', '-c', 'pass']);
    expect(zone.status).toBe(2);
    expect(zone.stderr).toContain('--timezone must be an IANA time zone id');
    const host = cli(['run', '--hostname', 'bad host!', '-c', 'pass']);
    expect(host.status).toBe(2);
    expect(host.stderr).toContain('--hostname must be a host name');
  });

  it('system.date and system.dataset load only when used, and are listed by dir(system)', async () => {
    const result = await runScript('print [k for k in ("date", "dataset") if k in dir(system)]\nprint system.dataset.toDataSet(["a"], [[1], [2]])');
    expect(result.stdout).toBe("['date', 'dataset']\nDataset [2R x 1C]\n");
  });
});
