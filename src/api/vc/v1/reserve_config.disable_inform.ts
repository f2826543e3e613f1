// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { DisableInformSchema } from './models.ts'
import type { DisableInform } from './types.ts'

/** Input of {@link getReserveConfigDisableInform}. */
export interface GetReserveConfigDisableInformInput {
  path: { reserve_config_id: string }
  query: { scope_type: number; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getReserveConfigDisableInform} response. */
export interface GetReserveConfigDisableInformOutput {
  disable_inform?: DisableInform
}

/**
 * `vc.v1.reserve_config.disable_inform.get`: GET /open-apis/vc/v1/reserve_configs/:reserve_config_id/disable_inform (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=reserve_config.disable_inform&version=v1
 */
export const getReserveConfigDisableInform = /*#__PURE__*/ endpoint<GetReserveConfigDisableInformInput, GetReserveConfigDisableInformOutput>({
  id: 'vc.v1.reserve_config.disable_inform.get',
  method: 'GET',
  path: '/open-apis/vc/v1/reserve_configs/:reserve_config_id/disable_inform',
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

/** Input of {@link patchReserveConfigDisableInform}. */
export interface PatchReserveConfigDisableInformInput {
  path: { reserve_config_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { scope_type: number; disable_inform: DisableInform }
}

/** `data` of a successful {@link patchReserveConfigDisableInform} response. */
export type PatchReserveConfigDisableInformOutput = { [key: string]: unknown }

/**
 * `vc.v1.reserve_config.disable_inform.patch`: PATCH /open-apis/vc/v1/reserve_configs/:reserve_config_id/disable_inform (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=vc&resource=reserve_config.disable_inform&version=v1
 */
export const patchReserveConfigDisableInform = /*#__PURE__*/ endpoint<PatchReserveConfigDisableInformInput, PatchReserveConfigDisableInformOutput>({
  id: 'vc.v1.reserve_config.disable_inform.patch',
  method: 'PATCH',
  path: '/open-apis/vc/v1/reserve_configs/:reserve_config_id/disable_inform',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ reserve_config_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ scope_type: number(), disable_inform: DisableInformSchema() }),
    }),
})
