// First step of `npm test` (pretest): the suite's global setup starts its own redis-server, so
// without one (and without REDIS_URL) the run fails fast here, with the install line first, before
// the build and before vitest.
import { spawnSync } from 'node:child_process'

/** The line to print when redis-server cannot be run; null when the tests can get a Redis. */
export function missingRedis(env = process.env) {
  if (env.REDIS_URL) return null
  const probe = spawnSync('redis-server', ['--version'], { env, stdio: 'ignore', timeout: 10_000 })
  if (probe.error === undefined && probe.status === 0) return null
  return 'redis-server is not installed: apt-get install redis-server (or set REDIS_URL=redis://host:port). The Redis-backed store tests need it; `bash .ci/run` installs every test dependency.'
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const line = missingRedis()
  if (line !== null) {
    console.error(line)
    process.exit(1)
  }
}
