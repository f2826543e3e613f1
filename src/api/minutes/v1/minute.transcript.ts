// Generated from catalog/minutes.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { fileEndpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link getMinuteTranscript}. */
export interface GetMinuteTranscriptInput {
  path: { minute_token: string }
  query?: { need_speaker?: boolean; need_timestamp?: boolean; file_format?: string }
}

/** The file of a successful {@link getMinuteTranscript} response. */
export type GetMinuteTranscriptOutput = Download

/**
 * `minutes.v1.minute.transcript.get`: GET /open-apis/minutes/v1/minutes/:minute_token/transcript (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=minutes&resource=minute.transcript&version=v1
 */
export const getMinuteTranscript = /*#__PURE__*/ fileEndpoint<GetMinuteTranscriptInput, GetMinuteTranscriptOutput>({
  id: 'minutes.v1.minute.transcript.get',
  method: 'GET',
  path: '/open-apis/minutes/v1/minutes/:minute_token/transcript',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ minute_token: string() }),
      query: optional(looseObject({
        need_speaker: optional(boolean()),
        need_timestamp: optional(boolean()),
        file_format: optional(string()),
      })),
    }),
  download: true,
})
