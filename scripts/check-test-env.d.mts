/** The line to print when redis-server cannot be run; null when the tests can get a Redis. */
export function missingRedis(env?: NodeJS.ProcessEnv): string | null
