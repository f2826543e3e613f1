// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link subscriptionRecording}. */
export interface SubscriptionRecordingInput {
  body: { event_type: string }
}

/** `data` of a successful {@link subscriptionRecording} response. */
export type SubscriptionRecordingOutput = { [key: string]: unknown }

/**
 * `vc.v1.recording.subscription`: POST /open-apis/vc/v1/recordings/subscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscription&project=vc&resource=recording&version=v1
 */
export const subscriptionRecording = /*#__PURE__*/ endpoint<SubscriptionRecordingInput, SubscriptionRecordingOutput>({
  id: 'vc.v1.recording.subscription',
  method: 'POST',
  path: '/open-apis/vc/v1/recordings/subscription',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ event_type: string() }) }),
})

/** Input of {@link unsubscriptionRecording}. */
export interface UnsubscriptionRecordingInput {
  body: { event_type: string }
}

/** `data` of a successful {@link unsubscriptionRecording} response. */
export type UnsubscriptionRecordingOutput = { [key: string]: unknown }

/**
 * `vc.v1.recording.unsubscription`: POST /open-apis/vc/v1/recordings/unsubscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscription&project=vc&resource=recording&version=v1
 */
export const unsubscriptionRecording = /*#__PURE__*/ endpoint<UnsubscriptionRecordingInput, UnsubscriptionRecordingOutput>({
  id: 'vc.v1.recording.unsubscription',
  method: 'POST',
  path: '/open-apis/vc/v1/recordings/unsubscription',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ event_type: string() }) }),
})
