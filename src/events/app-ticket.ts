/**
 * The built-in `app_ticket` handler: marketplace apps get the ticket pushed hourly (v1 envelope);
 * it is written where the core's token code reads it, `appTicketKey(context)` in the context's
 * token store.
 *
 * @see https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/application-v6/event/app_ticket-events
 * @module
 */
import { log } from '../core/log.ts'
import { appTicketKey } from '../core/token/keys.ts'
import { storeSet } from '../core/token/safe-store.ts'
import type { Context } from '../core/types.ts'

/**
 * Stores a pushed app_ticket in the context's token store. Never throws: a store failure is logged.
 *
 * @param context Where to store it; without one, nothing is stored (logged at debug).
 * @param event The `event` object of the `app_ticket` delivery (`app_id`, `app_ticket`).
 * @returns `true` when the ticket was handed to the store.
 */
export async function storeAppTicket(context: Context | undefined, event: Record<string, unknown>): Promise<boolean> {
  const ticket = event['app_ticket']
  if (context === undefined) return false
  if (typeof ticket !== 'string' || ticket === '') {
    log(context, 'warn', 'app_ticket event without a ticket; nothing stored')
    return false
  }
  if (event['app_id'] !== undefined && event['app_id'] !== context.appId) {
    // A dispatcher shared by several apps: this ticket belongs to another app's context.
    log(context, 'warn', 'app_ticket for another app id; not stored in this context', { appId: event['app_id'] })
    return false
  }
  // No TTL: the platform pushes a new ticket every hour and older ones stay valid for a while.
  await storeSet(context, appTicketKey(context), ticket)
  log(context, 'debug', 'app_ticket stored')
  return true
}
