// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link writeUserGroupUserRel}. */
export interface WriteUserGroupUserRelInput {
  query: { client_token: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body?: { group_id?: string; scope_visible_setting?: number; user_ids?: string[] }
}

/** `data` of a successful {@link writeUserGroupUserRel} response. */
export interface WriteUserGroupUserRelOutput {
  data?: { success_user_ids?: string[]; fail_user_datas?: { user_id?: string; fail_code?: number }[] }
}

/**
 * `performance.v2.user_group_user_rel.write`: POST /open-apis/performance/v2/user_group_user_rels/write (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=write&project=performance&resource=user_group_user_rel&version=v2
 */
export const writeUserGroupUserRel = /*#__PURE__*/ endpoint<WriteUserGroupUserRelInput, WriteUserGroupUserRelOutput>({
  id: 'performance.v2.user_group_user_rel.write',
  method: 'POST',
  path: '/open-apis/performance/v2/user_group_user_rels/write',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        client_token: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      }),
      body: optional(looseObject({
        group_id: optional(string()),
        scope_visible_setting: optional(number()),
        user_ids: optional(array(string())),
      })),
    }),
})
