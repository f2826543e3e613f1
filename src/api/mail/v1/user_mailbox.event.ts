// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, string } from '../../../core/valibot.ts'

/** Input of {@link subscribeUserMailboxEvent}. */
export interface SubscribeUserMailboxEventInput {
  path: { user_mailbox_id: string }
  body: { event_type: number }
}

/** `data` of a successful {@link subscribeUserMailboxEvent} response. */
export type SubscribeUserMailboxEventOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.event.subscribe`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/event/subscribe (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscribe&project=mail&resource=user_mailbox.event&version=v1
 */
export const subscribeUserMailboxEvent = /*#__PURE__*/ endpoint<SubscribeUserMailboxEventInput, SubscribeUserMailboxEventOutput>({
  id: 'mail.v1.user_mailbox.event.subscribe',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/event/subscribe',
  tokens: ['user'],
  input: () =>
    looseObject({ path: looseObject({ user_mailbox_id: string() }), body: looseObject({ event_type: number() }) }),
})

/** Input of {@link subscriptionUserMailboxEvent}. */
export interface SubscriptionUserMailboxEventInput {
  path: { user_mailbox_id: string }
}

/** `data` of a successful {@link subscriptionUserMailboxEvent} response. */
export interface SubscriptionUserMailboxEventOutput {
  event_types?: number[]
}

/**
 * `mail.v1.user_mailbox.event.subscription`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/event/subscription (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscription&project=mail&resource=user_mailbox.event&version=v1
 */
export const subscriptionUserMailboxEvent = /*#__PURE__*/ endpoint<SubscriptionUserMailboxEventInput, SubscriptionUserMailboxEventOutput>({
  id: 'mail.v1.user_mailbox.event.subscription',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/event/subscription',
  tokens: ['user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string() }) }),
})

/** Input of {@link unsubscribeUserMailboxEvent}. */
export interface UnsubscribeUserMailboxEventInput {
  path: { user_mailbox_id: string }
  body: { event_type: number }
}

/** `data` of a successful {@link unsubscribeUserMailboxEvent} response. */
export type UnsubscribeUserMailboxEventOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.event.unsubscribe`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/event/unsubscribe (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscribe&project=mail&resource=user_mailbox.event&version=v1
 */
export const unsubscribeUserMailboxEvent = /*#__PURE__*/ endpoint<UnsubscribeUserMailboxEventInput, UnsubscribeUserMailboxEventOutput>({
  id: 'mail.v1.user_mailbox.event.unsubscribe',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/event/unsubscribe',
  tokens: ['user'],
  input: () =>
    looseObject({ path: looseObject({ user_mailbox_id: string() }), body: looseObject({ event_type: number() }) }),
})
