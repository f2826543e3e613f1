// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { AddVisibleListSchema } from './models.ts'
import type { AddVisibleList } from './types.ts'

/** Input of {@link checkApplicationVisibilityWhiteBlackList}. */
export interface CheckApplicationVisibilityWhiteBlackListInput {
  path: { app_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: { user_ids?: string[]; department_ids?: string[]; group_ids?: string[] }
}

/** `data` of a successful {@link checkApplicationVisibilityWhiteBlackList} response. */
export interface CheckApplicationVisibilityWhiteBlackListOutput {
  user_visibility_list?: {
    user_id?: string
    in_white_list?: boolean
    in_black_list?: boolean
    in_paid_list?: boolean
  }[]
  department_visibility_list?: { department_id?: string; in_white_list?: boolean; in_black_list?: boolean }[]
  group_visibility_list?: { group_id?: string; in_white_list?: boolean; in_black_list?: boolean }[]
}

/**
 * `application.v6.application.visibility.check_white_black_list`: POST /open-apis/application/v6/applications/:app_id/visibility/check_white_black_list (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=check_white_black_list&project=application&resource=application.visibility&version=v6
 */
export const checkApplicationVisibilityWhiteBlackList = /*#__PURE__*/ endpoint<CheckApplicationVisibilityWhiteBlackListInput, CheckApplicationVisibilityWhiteBlackListOutput>({
  id: 'application.v6.application.visibility.check_white_black_list',
  method: 'POST',
  path: '/open-apis/application/v6/applications/:app_id/visibility/check_white_black_list',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        user_ids: optional(array(string())),
        department_ids: optional(array(string())),
        group_ids: optional(array(string())),
      })),
    }),
})

/** Input of {@link patchApplicationVisibility}. */
export interface PatchApplicationVisibilityInput {
  path: { app_id: string }
  query?: {
    department_id_type?: 'open_department_id' | 'department_id'
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
  body?: {
    add_visible_list?: AddVisibleList
    del_visible_list?: AddVisibleList
    add_invisible_list?: AddVisibleList
    del_invisible_list?: AddVisibleList
    is_visible_to_all?: boolean
  }
}

/** `data` of a successful {@link patchApplicationVisibility} response. */
export type PatchApplicationVisibilityOutput = { [key: string]: unknown }

/**
 * `application.v6.application.visibility.patch`: PATCH /open-apis/application/v6/applications/:app_id/visibility (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=application&resource=application.visibility&version=v6
 */
export const patchApplicationVisibility = /*#__PURE__*/ endpoint<PatchApplicationVisibilityInput, PatchApplicationVisibilityOutput>({
  id: 'application.v6.application.visibility.patch',
  method: 'PATCH',
  path: '/open-apis/application/v6/applications/:app_id/visibility',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: optional(looseObject({
        add_visible_list: optional(AddVisibleListSchema()),
        del_visible_list: optional(AddVisibleListSchema()),
        add_invisible_list: optional(AddVisibleListSchema()),
        del_invisible_list: optional(AddVisibleListSchema()),
        is_visible_to_all: optional(boolean()),
      })),
    }),
})
