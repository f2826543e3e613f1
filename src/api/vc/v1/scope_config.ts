// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ScopeConfigSchema } from './models.ts'
import type { CurrentConfig, ScopeConfig } from './types.ts'

/** Input of {@link accessScopeConfigCode}. */
export interface AccessScopeConfigCodeInput {
  body: { scope_type: number; scope_id: string; valid_day: number }
}

/** `data` of a successful {@link accessScopeConfigCode} response. */
export interface AccessScopeConfigCodeOutput {
  access_code: string
}

/**
 * `vc.v1.scope_config.access_code`: POST /open-apis/vc/v1/scope_config/access_code (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=access_code&project=vc&resource=scope_config&version=v1
 */
export const accessScopeConfigCode = /*#__PURE__*/ endpoint<AccessScopeConfigCodeInput, AccessScopeConfigCodeOutput>({
  id: 'vc.v1.scope_config.access_code',
  method: 'POST',
  path: '/open-apis/vc/v1/scope_config/access_code',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ scope_type: number(), scope_id: string(), valid_day: number() }) }),
})

/** Input of {@link createScopeConfig}. */
export interface CreateScopeConfigInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { scope_type: number; scope_id: string; scope_config?: ScopeConfig }
}

/** `data` of a successful {@link createScopeConfig} response. */
export type CreateScopeConfigOutput = { [key: string]: unknown }

/**
 * `vc.v1.scope_config.create`: POST /open-apis/vc/v1/scope_config (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=vc&resource=scope_config&version=v1
 */
export const createScopeConfig = /*#__PURE__*/ endpoint<CreateScopeConfigInput, CreateScopeConfigOutput>({
  id: 'vc.v1.scope_config.create',
  method: 'POST',
  path: '/open-apis/vc/v1/scope_config',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ scope_type: number(), scope_id: string(), scope_config: optional(ScopeConfigSchema()) }),
    }),
})

/** Input of {@link getScopeConfig}. */
export interface GetScopeConfigInput {
  query: { scope_type: number; scope_id: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getScopeConfig} response. */
export interface GetScopeConfigOutput {
  current_config?: CurrentConfig
  origin_configs?: CurrentConfig[]
}

/**
 * `vc.v1.scope_config.get`: GET /open-apis/vc/v1/scope_config (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=scope_config&version=v1
 */
export const getScopeConfig = /*#__PURE__*/ endpoint<GetScopeConfigInput, GetScopeConfigOutput>({
  id: 'vc.v1.scope_config.get',
  method: 'GET',
  path: '/open-apis/vc/v1/scope_config',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        scope_type: number(),
        scope_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})
