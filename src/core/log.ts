import type { Context, LogLevel } from './types.ts'

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 }

/** True when `level` is valid. */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && value in RANK
}

/** True when the context logs at `level`. */
export function logs(ctx: Pick<Context, 'logLevel'>, level: Exclude<LogLevel, 'silent'>): boolean {
  return RANK[level] >= RANK[ctx.logLevel]
}

/**
 * Writes one log line through the context's logger when its level allows it.
 * Callers pass only safe fields: ids, paths without query, codes, log ids, durations.
 */
export function log(
  ctx: Pick<Context, 'logger' | 'logLevel'>,
  level: Exclude<LogLevel, 'silent'>,
  message: string,
  fields?: Record<string, unknown>,
): void {
  if (!logs(ctx, level)) return
  const write = ctx.logger[level]
  if (typeof write !== 'function') return
  if (fields === undefined) write.call(ctx.logger, `[larkfn] ${message}`)
  else write.call(ctx.logger, `[larkfn] ${message}`, fields)
}

/** An error for a log line: `Name: message`, never its fields or stack (they may carry payloads). */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'a non-Error value was thrown'
}
