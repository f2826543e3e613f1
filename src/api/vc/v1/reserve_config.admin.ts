// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ReserveAdminConfigSchema } from './models.ts'
import type { ReserveAdminConfig } from './types.ts'

/** Input of {@link getReserveConfigAdmin}. */
export interface GetReserveConfigAdminInput {
  path: { reserve_config_id: string }
  query: { scope_type: number; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getReserveConfigAdmin} response. */
export interface GetReserveConfigAdminOutput {
  reserve_admin_config: ReserveAdminConfig
}

/**
 * `vc.v1.reserve_config.admin.get`: GET /open-apis/vc/v1/reserve_configs/:reserve_config_id/admin (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=reserve_config.admin&version=v1
 */
export const getReserveConfigAdmin = /*#__PURE__*/ endpoint<GetReserveConfigAdminInput, GetReserveConfigAdminOutput>({
  id: 'vc.v1.reserve_config.admin.get',
  method: 'GET',
  path: '/open-apis/vc/v1/reserve_configs/:reserve_config_id/admin',
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

/** Input of {@link patchReserveConfigAdmin}. */
export interface PatchReserveConfigAdminInput {
  path: { reserve_config_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { scope_type: number; reserve_admin_config: ReserveAdminConfig }
}

/** `data` of a successful {@link patchReserveConfigAdmin} response. */
export type PatchReserveConfigAdminOutput = { [key: string]: unknown }

/**
 * `vc.v1.reserve_config.admin.patch`: PATCH /open-apis/vc/v1/reserve_configs/:reserve_config_id/admin (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=vc&resource=reserve_config.admin&version=v1
 */
export const patchReserveConfigAdmin = /*#__PURE__*/ endpoint<PatchReserveConfigAdminInput, PatchReserveConfigAdminOutput>({
  id: 'vc.v1.reserve_config.admin.patch',
  method: 'PATCH',
  path: '/open-apis/vc/v1/reserve_configs/:reserve_config_id/admin',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ reserve_config_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ scope_type: number(), reserve_admin_config: ReserveAdminConfigSchema() }),
    }),
})
