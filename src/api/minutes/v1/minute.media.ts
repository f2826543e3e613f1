// Generated from catalog/minutes.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getMinuteMedia}. */
export interface GetMinuteMediaInput {
  path: { minute_token: string }
}

/** `data` of a successful {@link getMinuteMedia} response. */
export interface GetMinuteMediaOutput {
  download_url?: string
}

/**
 * `minutes.v1.minute.media.get`: GET /open-apis/minutes/v1/minutes/:minute_token/media (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=minutes&resource=minute.media&version=v1
 */
export const getMinuteMedia = /*#__PURE__*/ endpoint<GetMinuteMediaInput, GetMinuteMediaOutput>({
  id: 'minutes.v1.minute.media.get',
  method: 'GET',
  path: '/open-apis/minutes/v1/minutes/:minute_token/media',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ minute_token: string() }) }),
})
