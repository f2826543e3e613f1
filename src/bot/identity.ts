/**
 * The bot's own identity: `GET /open-apis/bot/v3/info`, one of the endpoints the official SDKs do not
 * generate; larkfn generates it from its catalog additions (`getBotInfo`, `larkfn/bot/v3`). It
 * answers flat, `{ code, msg, bot: { open_id, app_name, … } }`, without `data`. `botIdentity` asks
 * once and keeps the answer in the context's token store (shared by every instance on that store),
 * so a bot knows which mention is its own.
 *
 * @see https://open.feishu.cn/document/client-docs/bot-v3/obtain-bot-info
 * @module
 */
import { getBotInfo, type GetBotInfoOutput } from '../api/bot/v3/bot_info.ts'
import { boundedStoreCall } from '../core/token/safe-store.ts'
import { parseJsonWithin } from '../core/json.ts'
import { log } from '../core/log.ts'
import type { Context } from '../core/types.ts'

export { getBotInfo, type GetBotInfoOutput }

/** The `bot` object of the answer. */
export type BotInfo = NonNullable<GetBotInfoOutput['bot']>

/** Who the bot is, as `botIdentity` gives it. */
export interface BotIdentity {
  readonly openId: string
  readonly appName: string
  readonly avatarUrl?: string
  readonly activateStatus?: number
}

/** How long the store keeps an identity: a day (the open id never changes, the name may). */
export const BOT_IDENTITY_TTL_MS = 24 * 3_600_000

const memo = new WeakMap<Context, Map<string, Promise<BotIdentity>>>()

/** Store key of one app's (and tenant's) bot identity. */
export function botIdentityKey(appId: string, tenantKey?: string): string {
  return `larkfn:bot:${appId}:${tenantKey ?? ''}`
}

function read(value: unknown): BotIdentity | undefined {
  const parsed = typeof value === 'string' ? parseJsonWithin(value) : value
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const { openId, appName } = parsed as Record<string, unknown>
  return typeof openId === 'string' && openId !== '' && typeof appName === 'string' ? (parsed as BotIdentity) : undefined
}

async function fetchIdentity(ctx: Context, key: string, tenantKey: string | undefined): Promise<BotIdentity> {
  try {
    const cached = read(await boundedStoreCall(() => ctx.tokenStore.get(key)))
    if (cached) return cached
  } catch (error) {
    log(ctx, 'warn', 'bot identity: store read failed; asking the platform', { reason: error instanceof Error ? error.message : String(error) })
  }
  const { bot } = await getBotInfo(ctx, {}, { tenantKey })
  if (!bot?.open_id) throw new Error('bot.v3.info: the answer has no bot.open_id (is the bot ability enabled?)')
  const identity: BotIdentity = {
    openId: bot.open_id,
    appName: bot.app_name ?? '',
    ...(bot.avatar_url ? { avatarUrl: bot.avatar_url } : {}),
    ...(bot.activate_status !== undefined ? { activateStatus: bot.activate_status } : {}),
  }
  try {
    await boundedStoreCall(() => ctx.tokenStore.set(key, JSON.stringify(identity), BOT_IDENTITY_TTL_MS))
  } catch (error) {
    log(ctx, 'warn', 'bot identity: store write failed', { reason: error instanceof Error ? error.message : String(error) })
  }
  return identity
}

/**
 * The bot's identity: from the context's store when an instance asked before, else from the
 * platform (once per context and key, however many callers wait). A failed ask is not kept.
 *
 * @param ctx The context (its app id, token store and logger).
 * @param tenantKey Marketplace apps: the tenant.
 * @returns `{ openId, appName, … }`.
 * @throws The endpoint's error when the platform cannot be asked.
 */
export function botIdentity(ctx: Context, tenantKey?: string): Promise<BotIdentity> {
  const key = botIdentityKey(ctx.appId ?? '', tenantKey)
  let byKey = memo.get(ctx)
  if (!byKey) memo.set(ctx, (byKey = new Map()))
  const known = byKey.get(key)
  if (known) return known
  const asked = fetchIdentity(ctx, key, tenantKey)
  byKey.set(key, asked)
  asked.catch(() => byKey.delete(key))
  return asked
}
