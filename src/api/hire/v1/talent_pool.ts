// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link batchChangeTalentPoolTalentPool}. */
export interface BatchChangeTalentPoolTalentPoolInput {
  path: { talent_pool_id: string }
  body: { talent_id_list: string[]; option_type: number }
}

/** `data` of a successful {@link batchChangeTalentPoolTalentPool} response. */
export type BatchChangeTalentPoolTalentPoolOutput = { [key: string]: unknown }

/**
 * `hire.v1.talent_pool.batch_change_talent_pool`: POST /open-apis/hire/v1/talent_pools/:talent_pool_id/batch_change_talent_pool (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_change_talent_pool&project=hire&resource=talent_pool&version=v1
 */
export const batchChangeTalentPoolTalentPool = /*#__PURE__*/ endpoint<BatchChangeTalentPoolTalentPoolInput, BatchChangeTalentPoolTalentPoolOutput>({
  id: 'hire.v1.talent_pool.batch_change_talent_pool',
  method: 'POST',
  path: '/open-apis/hire/v1/talent_pools/:talent_pool_id/batch_change_talent_pool',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ talent_pool_id: string() }),
      body: looseObject({ talent_id_list: array(string()), option_type: number() }),
    }),
})

/** Input of {@link moveTalentPoolTalent}. */
export interface MoveTalentPoolTalentInput {
  path: { talent_pool_id: string }
  body: { talent_id: string; add_type: number }
}

/** `data` of a successful {@link moveTalentPoolTalent} response. */
export interface MoveTalentPoolTalentOutput {
  talent_pool_id?: string
  talent_id?: string
}

/**
 * `hire.v1.talent_pool.move_talent`: POST /open-apis/hire/v1/talent_pools/:talent_pool_id/talent_relationship (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=move_talent&project=hire&resource=talent_pool&version=v1
 */
export const moveTalentPoolTalent = /*#__PURE__*/ endpoint<MoveTalentPoolTalentInput, MoveTalentPoolTalentOutput>({
  id: 'hire.v1.talent_pool.move_talent',
  method: 'POST',
  path: '/open-apis/hire/v1/talent_pools/:talent_pool_id/talent_relationship',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ talent_pool_id: string() }),
      body: looseObject({ talent_id: string(), add_type: number() }),
    }),
})

/** Input of {@link searchTalentPool}. */
export interface SearchTalentPoolInput {
  query?: { page_size?: number; page_token?: string; id_list?: string[] }
}

/** `data` of a successful {@link searchTalentPool} response. */
export interface SearchTalentPoolOutput {
  items?: {
    id?: string
    i18n_name?: Name
    i18n_description?: Name
    parent_id?: string
    is_private?: number
    create_time?: string
    modify_time?: string
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.talent_pool.search`: GET /open-apis/hire/v1/talent_pools/ (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=hire&resource=talent_pool&version=v1
 */
export const searchTalentPool = /*#__PURE__*/ endpoint<SearchTalentPoolInput, SearchTalentPoolOutput, true>({
  id: 'hire.v1.talent_pool.search',
  method: 'GET',
  path: '/open-apis/hire/v1/talent_pools/',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        id_list: optional(array(string())),
      })),
    }),
  page: { items: 'items' },
})
