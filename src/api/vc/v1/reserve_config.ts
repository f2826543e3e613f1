// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { ApprovalConfigSchema, ReserveScopeConfigSchema, TimeConfigSchema } from './models.ts'
import type { ApprovalConfig, ReserveScopeConfig, TimeConfig } from './types.ts'

/** Input of {@link patchReserveConfig}. */
export interface PatchReserveConfigInput {
  path: { reserve_config_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    scope_type: string
    approval_config?: ApprovalConfig
    time_config?: TimeConfig
    reserve_scope_config?: ReserveScopeConfig
  }
}

/** `data` of a successful {@link patchReserveConfig} response. */
export type PatchReserveConfigOutput = { [key: string]: unknown }

/**
 * `vc.v1.reserve_config.patch`: PATCH /open-apis/vc/v1/reserve_configs/:reserve_config_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=vc&resource=reserve_config&version=v1
 */
export const patchReserveConfig = /*#__PURE__*/ endpoint<PatchReserveConfigInput, PatchReserveConfigOutput>({
  id: 'vc.v1.reserve_config.patch',
  method: 'PATCH',
  path: '/open-apis/vc/v1/reserve_configs/:reserve_config_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ reserve_config_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        scope_type: string(),
        approval_config: optional(ApprovalConfigSchema()),
        time_config: optional(TimeConfigSchema()),
        reserve_scope_config: optional(ReserveScopeConfigSchema()),
      }),
    }),
})

/** Input of {@link reserveReserveConfigScope}. */
export interface ReserveReserveConfigScopeInput {
  query: { scope_id: string; scope_type: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link reserveReserveConfigScope} response. */
export interface ReserveReserveConfigScopeOutput {
  approve_config?: ApprovalConfig
  time_config?: TimeConfig
  reserve_scope_config?: ReserveScopeConfig
}

/**
 * `vc.v1.reserve_config.reserve_scope`: GET /open-apis/vc/v1/reserve_configs/reserve_scope (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=reserve_scope&project=vc&resource=reserve_config&version=v1
 */
export const reserveReserveConfigScope = /*#__PURE__*/ endpoint<ReserveReserveConfigScopeInput, ReserveReserveConfigScopeOutput>({
  id: 'vc.v1.reserve_config.reserve_scope',
  method: 'GET',
  path: '/open-apis/vc/v1/reserve_configs/reserve_scope',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        scope_id: string(),
        scope_type: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})
