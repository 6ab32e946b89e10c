// Shared helpers for the benchmarks: process timing, medians, machine info.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';

export const NODE = process.execPath;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wall time of one process in ms (stdout/stderr captured, exit code checked). */
export function timeProcess(cmd, args, { env, input, allowFail = false } = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: { ...process.env, ...env }, input, encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!allowFail && r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/**
 * Wall time of a process, without blocking (for running two at once, or beside a server in this process).
 * `check`, when given, must accept the process's stdout.
 */
export function timeProcessAsync(cmd, args, { env, check } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', check ? 'pipe' : 'ignore', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code === 0 && (!check || check(out))) resolve(ms);
      else reject(new Error(`${args.join(' ')}: exit ${code} ${err}${check ? ` stdout: ${out}` : ''}`));
    });
  });
}

/** Peak resident memory (MB) of a process, via GNU time; undefined where it is missing. */
export function peakRssMb(cmd, args, env) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const r = spawnSync('/usr/bin/time', ['-f', 'PSMAXRSS %M', cmd, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 << 20 });
  const m = /PSMAXRSS (\d+)/.exec(r.stderr);
  return m ? Number(m[1]) / 1024 : undefined;
}

/** Runs each command `rounds` times, interleaved (a, b, a, b...), so machine noise hits all alike. */
export function interleaved(rounds, commands) {
  const times = commands.map(() => []);
  for (let i = 0; i < rounds; i++) commands.forEach((c, k) => times[k].push(c()));
  return times.map(median);
}

export function which(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function machineInfo() {
  const cpus = os.cpus();
  const jython = which('jython');
  return {
    date: new Date().toISOString(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: `${cpus.length} x ${cpus[0]?.model ?? '?'}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    node: process.version,
    jython: jython ?? 'not installed',
    loadAtStart: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}
