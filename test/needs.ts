/**
 * Tests that need something outside the repository (jython, tmux, chromium, ../shared): they may be skipped on a
 * developer's machine that lacks it, but under CI=true they always run, so a missing dependency fails the build
 * instead of silently skipping the tests (.ci/run installs everything).
 */
export function runsHere(present: boolean): boolean {
  return present || process.env['CI'] === 'true';
}
