// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { AllowUser } from './types.ts'

/** Input of {@link getReserveConfigForm}. */
export interface GetReserveConfigFormInput {
  path: { reserve_config_id: string }
  query: { scope_type: number; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getReserveConfigForm} response. */
export interface GetReserveConfigFormOutput {
  reserve_form_config: {
    if_cover_child_scope?: boolean
    reserve_form: boolean
    notified_users?: AllowUser[]
    notified_time?: number
    time_unit?: number
    custom_list?: {
      custom_type: number
      key: string
      need_fill: boolean
      title: string
      placeholder?: string
      options?: { text: string; key: string; is_other?: boolean }[]
      conditions?: { custom_key?: string; option_keys?: string[] }[]
    }[]
  }
}

/**
 * `vc.v1.reserve_config.form.get`: GET /open-apis/vc/v1/reserve_configs/:reserve_config_id/form (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=reserve_config.form&version=v1
 */
export const getReserveConfigForm = /*#__PURE__*/ endpoint<GetReserveConfigFormInput, GetReserveConfigFormOutput>({
  id: 'vc.v1.reserve_config.form.get',
  method: 'GET',
  path: '/open-apis/vc/v1/reserve_configs/:reserve_config_id/form',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ reserve_config_id: string() }),
      query: looseObject({
        scope_type: number(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})

/** Input of {@link patchReserveConfigForm}. */
export interface PatchReserveConfigFormInput {
  path: { reserve_config_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    scope_type: number
    reserve_form_config: {
      if_cover_child_scope?: boolean
      reserve_form: boolean
      notified_users?: { user_id: string }[]
      notified_time?: number
      time_unit?: number
    }
  }
}

/** `data` of a successful {@link patchReserveConfigForm} response. */
export type PatchReserveConfigFormOutput = { [key: string]: unknown }

/**
 * `vc.v1.reserve_config.form.patch`: PATCH /open-apis/vc/v1/reserve_configs/:reserve_config_id/form (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=vc&resource=reserve_config.form&version=v1
 */
export const patchReserveConfigForm = /*#__PURE__*/ endpoint<PatchReserveConfigFormInput, PatchReserveConfigFormOutput>({
  id: 'vc.v1.reserve_config.form.patch',
  method: 'PATCH',
  path: '/open-apis/vc/v1/reserve_configs/:reserve_config_id/form',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ reserve_config_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        scope_type: number(),
        reserve_form_config: looseObject({
          if_cover_child_scope: optional(boolean()),
          reserve_form: boolean(),
          notified_users: optional(array(looseObject({ user_id: string() }))),
          notified_time: optional(number()),
          time_unit: optional(number()),
        }),
      }),
    }),
})
