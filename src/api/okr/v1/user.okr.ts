// Generated from catalog/okr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Okr } from './types.ts'

/** Input of {@link listUserOkr}. */
export interface ListUserOkrInput {
  path: { user_id: string }
  query: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    offset: string
    limit: string
    lang?: string
    period_ids?: string[]
  }
}

/** `data` of a successful {@link listUserOkr} response. */
export interface ListUserOkrOutput {
  total?: number
  okr_list?: Okr[]
}

/**
 * `okr.v1.user.okr.list`: GET /open-apis/okr/v1/users/:user_id/okrs (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=okr&resource=user.okr&version=v1
 */
export const listUserOkr = /*#__PURE__*/ endpoint<ListUserOkrInput, ListUserOkrOutput>({
  id: 'okr.v1.user.okr.list',
  method: 'GET',
  path: '/open-apis/okr/v1/users/:user_id/okrs',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_id: string() }),
      query: looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        offset: string(),
        limit: string(),
        lang: optional(string()),
        period_ids: optional(array(string())),
      }),
    }),
})
