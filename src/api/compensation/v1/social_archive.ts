// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, picklist, string } from '../../../core/valibot.ts'
import type { Detail } from './types.ts'

/** Input of {@link querySocialArchive}. */
export interface QuerySocialArchiveInput {
  query: { user_id_type: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
  body: { user_id_list: string[]; effective_date: string }
}

/** `data` of a successful {@link querySocialArchive} response. */
export interface QuerySocialArchiveOutput {
  archives: { user_id: string; details: Detail[] }[]
}

/**
 * `compensation.v1.social_archive.query`: POST /open-apis/compensation/v1/social_archive/query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=compensation&resource=social_archive&version=v1
 */
export const querySocialArchive = /*#__PURE__*/ endpoint<QuerySocialArchiveInput, QuerySocialArchiveOutput>({
  id: 'compensation.v1.social_archive.query',
  method: 'POST',
  path: '/open-apis/compensation/v1/social_archive/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ user_id_type: picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id']) }),
      body: looseObject({ user_id_list: array(string()), effective_date: string() }),
    }),
})
