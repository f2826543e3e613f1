// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { UserSettingSchema } from './models.ts'
import type { UserSetting } from './types.ts'

/** Input of {@link modifyUserSetting}. */
export interface ModifyUserSettingInput {
  query: { employee_type: 'employee_id' | 'employee_no' }
  body?: { user_setting?: UserSetting }
}

/** `data` of a successful {@link modifyUserSetting} response. */
export interface ModifyUserSettingOutput {
  user_setting?: UserSetting
}

/**
 * `attendance.v1.user_setting.modify`: POST /open-apis/attendance/v1/user_settings/modify (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=modify&project=attendance&resource=user_setting&version=v1
 */
export const modifyUserSetting = /*#__PURE__*/ endpoint<ModifyUserSettingInput, ModifyUserSettingOutput>({
  id: 'attendance.v1.user_setting.modify',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_settings/modify',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: optional(looseObject({ user_setting: optional(UserSettingSchema()) })),
    }),
})

/** Input of {@link queryUserSetting}. */
export interface QueryUserSettingInput {
  query: { employee_type: 'employee_id' | 'employee_no' }
  body: { user_ids: string[] }
}

/** `data` of a successful {@link queryUserSetting} response. */
export interface QueryUserSettingOutput {
  user_settings?: UserSetting[]
}

/**
 * `attendance.v1.user_setting.query`: GET /open-apis/attendance/v1/user_settings/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=attendance&resource=user_setting&version=v1
 */
export const queryUserSetting = /*#__PURE__*/ endpoint<QueryUserSettingInput, QueryUserSettingOutput>({
  id: 'attendance.v1.user_setting.query',
  method: 'GET',
  path: '/open-apis/attendance/v1/user_settings/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: looseObject({ user_ids: array(string()) }),
    }),
})
