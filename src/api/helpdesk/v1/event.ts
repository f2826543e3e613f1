// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject } from '../../../core/valibot.ts'
import { EventSchema } from './models.ts'
import type { Event } from './types.ts'

/** Input of {@link subscribeEvent}. */
export interface SubscribeEventInput {
  body: { events: Event[] }
}

/** `data` of a successful {@link subscribeEvent} response. */
export type SubscribeEventOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.event.subscribe`: POST /open-apis/helpdesk/v1/events/subscribe (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscribe&project=helpdesk&resource=event&version=v1
 */
export const subscribeEvent = /*#__PURE__*/ endpoint<SubscribeEventInput, SubscribeEventOutput>({
  id: 'helpdesk.v1.event.subscribe',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/events/subscribe',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ events: array(EventSchema()) }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link unsubscribeEvent}. */
export interface UnsubscribeEventInput {
  body: { events: Event[] }
}

/** `data` of a successful {@link unsubscribeEvent} response. */
export type UnsubscribeEventOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.event.unsubscribe`: POST /open-apis/helpdesk/v1/events/unsubscribe (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscribe&project=helpdesk&resource=event&version=v1
 */
export const unsubscribeEvent = /*#__PURE__*/ endpoint<UnsubscribeEventInput, UnsubscribeEventOutput>({
  id: 'helpdesk.v1.event.unsubscribe',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/events/unsubscribe',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ events: array(EventSchema()) }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})
