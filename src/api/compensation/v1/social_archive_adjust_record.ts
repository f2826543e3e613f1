// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, picklist, string } from '../../../core/valibot.ts'
import type { Detail } from './types.ts'

/** Input of {@link querySocialArchiveAdjustRecord}. */
export interface QuerySocialArchiveAdjustRecordInput {
  query: { user_id_type: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
  body: { user_id_list: string[]; record_type: 'increase' | 'attrition' }
}

/** `data` of a successful {@link querySocialArchiveAdjustRecord} response. */
export interface QuerySocialArchiveAdjustRecordOutput {
  records?: { user_id?: string; record_type?: 'increase' | 'attrition'; details?: Detail[]; record_id?: string }[]
}

/**
 * `compensation.v1.social_archive_adjust_record.query`: POST /open-apis/compensation/v1/social_archive_adjust_record/query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=compensation&resource=social_archive_adjust_record&version=v1
 */
export const querySocialArchiveAdjustRecord = /*#__PURE__*/ endpoint<QuerySocialArchiveAdjustRecordInput, QuerySocialArchiveAdjustRecordOutput>({
  id: 'compensation.v1.social_archive_adjust_record.query',
  method: 'POST',
  path: '/open-apis/compensation/v1/social_archive_adjust_record/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ user_id_type: picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id']) }),
      body: looseObject({ user_id_list: array(string()), record_type: picklist(['increase', 'attrition']) }),
    }),
})
