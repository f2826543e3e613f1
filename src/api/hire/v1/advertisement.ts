// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link publishAdvertisement}. */
export interface PublishAdvertisementInput {
  path: { advertisement_id: string }
  body?: { job_channel_id?: string }
}

/** `data` of a successful {@link publishAdvertisement} response. */
export type PublishAdvertisementOutput = { [key: string]: unknown }

/**
 * `hire.v1.advertisement.publish`: POST /open-apis/hire/v1/advertisements/:advertisement_id/publish (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=publish&project=hire&resource=advertisement&version=v1
 */
export const publishAdvertisement = /*#__PURE__*/ endpoint<PublishAdvertisementInput, PublishAdvertisementOutput>({
  id: 'hire.v1.advertisement.publish',
  method: 'POST',
  path: '/open-apis/hire/v1/advertisements/:advertisement_id/publish',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ advertisement_id: string() }),
      body: optional(looseObject({ job_channel_id: optional(string()) })),
    }),
})
