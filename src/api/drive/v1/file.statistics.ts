// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getFileStatistics}. */
export interface GetFileStatisticsInput {
  path: { file_token: string }
  query: { file_type: 'doc' | 'sheet' | 'mindnote' | 'bitable' | 'wiki' | 'file' | 'docx' }
}

/** `data` of a successful {@link getFileStatistics} response. */
export interface GetFileStatisticsOutput {
  file_token?: string
  file_type?: string
  statistics?: {
    uv?: number
    pv?: number
    like_count?: number
    timestamp?: number
    uv_today?: number
    pv_today?: number
    like_count_today?: number
  }
}

/**
 * `drive.v1.file.statistics.get`: GET /open-apis/drive/v1/files/:file_token/statistics (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=drive&resource=file.statistics&version=v1
 */
export const getFileStatistics = /*#__PURE__*/ endpoint<GetFileStatisticsInput, GetFileStatisticsOutput>({
  id: 'drive.v1.file.statistics.get',
  method: 'GET',
  path: '/open-apis/drive/v1/files/:file_token/statistics',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: looseObject({ file_type: picklist(['doc', 'sheet', 'mindnote', 'bitable', 'wiki', 'file', 'docx']) }),
    }),
})
