// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link getMinutes}. */
export interface GetMinutesInput {
  query: { interview_id: string; page_token?: string; page_size?: number }
}

/** `data` of a successful {@link getMinutes} response. */
export interface GetMinutesOutput {
  minutes?: { sentences?: { content?: string; speak_time?: string; user_type?: number; speaker_name?: Name }[] }
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.minutes.get`: GET /open-apis/hire/v1/minutes (tenant token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=minutes&version=v1
 */
export const getMinutes = /*#__PURE__*/ endpoint<GetMinutesInput, GetMinutesOutput, true>({
  id: 'hire.v1.minutes.get',
  method: 'GET',
  path: '/open-apis/hire/v1/minutes',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ interview_id: string(), page_token: optional(string()), page_size: optional(number()) }),
    }),
  page: { items: null },
})
