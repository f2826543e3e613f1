// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link removeUserSubscription}. */
export interface RemoveUserSubscriptionInput {
  query: { event_type: string }
}

/** `data` of a successful {@link removeUserSubscription} response. */
export type RemoveUserSubscriptionOutput = { [key: string]: unknown }

/**
 * `drive.v1.user.remove_subscription`: DELETE /open-apis/drive/v1/user/remove_subscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove_subscription&project=drive&resource=user&version=v1
 */
export const removeUserSubscription = /*#__PURE__*/ endpoint<RemoveUserSubscriptionInput, RemoveUserSubscriptionOutput>({
  id: 'drive.v1.user.remove_subscription',
  method: 'DELETE',
  path: '/open-apis/drive/v1/user/remove_subscription',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ query: looseObject({ event_type: string() }) }),
})

/** Input of {@link subscriptionUser}. */
export interface SubscriptionUserInput {
  body: { event_type: string }
}

/** `data` of a successful {@link subscriptionUser} response. */
export type SubscriptionUserOutput = { [key: string]: unknown }

/**
 * `drive.v1.user.subscription`: POST /open-apis/drive/v1/user/subscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscription&project=drive&resource=user&version=v1
 */
export const subscriptionUser = /*#__PURE__*/ endpoint<SubscriptionUserInput, SubscriptionUserOutput>({
  id: 'drive.v1.user.subscription',
  method: 'POST',
  path: '/open-apis/drive/v1/user/subscription',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ event_type: string() }) }),
})

/** Input of {@link subscriptionUserStatus}. */
export interface SubscriptionUserStatusInput {
  query: { event_type: string }
}

/** `data` of a successful {@link subscriptionUserStatus} response. */
export interface SubscriptionUserStatusOutput {
  data: string
}

/**
 * `drive.v1.user.subscription_status`: GET /open-apis/drive/v1/user/subscription_status (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscription_status&project=drive&resource=user&version=v1
 */
export const subscriptionUserStatus = /*#__PURE__*/ endpoint<SubscriptionUserStatusInput, SubscriptionUserStatusOutput>({
  id: 'drive.v1.user.subscription_status',
  method: 'GET',
  path: '/open-apis/drive/v1/user/subscription_status',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ query: looseObject({ event_type: string() }) }),
})
