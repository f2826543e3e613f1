// Generated from catalog/approval.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link subscribeSubscription}. */
export interface SubscribeSubscriptionInput {
  body: { approval_code: string }
}

/** `data` of a successful {@link subscribeSubscription} response. */
export type SubscribeSubscriptionOutput = { [key: string]: unknown }

/**
 * `approval.v2.subscription.subscribe`: POST /approval/openapi/v2/subscription/subscribe (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `subscribeApproval` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/feishu-native-approval/subscribe-to-an-approvals-event-
 */
export const subscribeSubscription = /*#__PURE__*/ endpoint<SubscribeSubscriptionInput, SubscribeSubscriptionOutput>({
  id: 'approval.v2.subscription.subscribe',
  method: 'POST',
  path: '/approval/openapi/v2/subscription/subscribe',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ approval_code: string() }) }),
  host: 'www',
})

/** Input of {@link unsubscribeSubscription}. */
export interface UnsubscribeSubscriptionInput {
  body: { approval_code: string }
}

/** `data` of a successful {@link unsubscribeSubscription} response. */
export type UnsubscribeSubscriptionOutput = { [key: string]: unknown }

/**
 * `approval.v2.subscription.unsubscribe`: POST /approval/openapi/v2/subscription/unsubscribe (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `unsubscribeApproval` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/feishu-native-approval/cancel-a-subscription-to-an-approvals-event
 */
export const unsubscribeSubscription = /*#__PURE__*/ endpoint<UnsubscribeSubscriptionInput, UnsubscribeSubscriptionOutput>({
  id: 'approval.v2.subscription.unsubscribe',
  method: 'POST',
  path: '/approval/openapi/v2/subscription/unsubscribe',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ approval_code: string() }) }),
  host: 'www',
})
