// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Department, FieldValuePerson } from './types.ts'

/** Input of {@link queryUserInfo}. */
export interface QueryUserInfoInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id'; department_id_type?: string }
  body: { semester_id: string; user_ids: string[] }
}

/** `data` of a successful {@link queryUserInfo} response. */
export interface QueryUserInfoOutput {
  semester_id?: string
  user_infos?: {
    user_id?: FieldValuePerson
    direct_leader_user_id?: FieldValuePerson
    department?: Department
    job_family?: Department
    job_level?: Department
  }[]
}

/**
 * `performance.v2.user_info.query`: POST /open-apis/performance/v2/user_info/query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=user_info&version=v2
 */
export const queryUserInfo = /*#__PURE__*/ endpoint<QueryUserInfoInput, QueryUserInfoOutput>({
  id: 'performance.v2.user_info.query',
  method: 'POST',
  path: '/open-apis/performance/v2/user_info/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(string()),
      })),
      body: looseObject({ semester_id: string(), user_ids: array(string()) }),
    }),
})
