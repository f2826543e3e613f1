// Generated from catalog/okr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createPeriod}. */
export interface CreatePeriodInput {
  body: { period_rule_id: string; start_month: string }
}

/** `data` of a successful {@link createPeriod} response. */
export interface CreatePeriodOutput {
  period_id?: string
  start_month?: string
  end_month?: string
}

/**
 * `okr.v1.period.create`: POST /open-apis/okr/v1/periods (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=okr&resource=period&version=v1
 */
export const createPeriod = /*#__PURE__*/ endpoint<CreatePeriodInput, CreatePeriodOutput>({
  id: 'okr.v1.period.create',
  method: 'POST',
  path: '/open-apis/okr/v1/periods',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ period_rule_id: string(), start_month: string() }) }),
})

/** Input of {@link listPeriod}. */
export interface ListPeriodInput {
  query?: { page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listPeriod} response. */
export interface ListPeriodOutput {
  page_token?: string
  has_more?: boolean
  items?: {
    id?: string
    zh_name?: string
    en_name?: string
    status?: number
    period_start_time?: string
    period_end_time?: string
  }[]
}

/**
 * `okr.v1.period.list`: GET /open-apis/okr/v1/periods (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=okr&resource=period&version=v1
 */
export const listPeriod = /*#__PURE__*/ endpoint<ListPeriodInput, ListPeriodOutput, true>({
  id: 'okr.v1.period.list',
  method: 'GET',
  path: '/open-apis/okr/v1/periods',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })) }),
  page: { items: 'items' },
})

/** Input of {@link patchPeriod}. */
export interface PatchPeriodInput {
  path: { period_id: string }
  body: { status: number }
}

/** `data` of a successful {@link patchPeriod} response. */
export interface PatchPeriodOutput {
  period_id?: string
  status?: number
}

/**
 * `okr.v1.period.patch`: PATCH /open-apis/okr/v1/periods/:period_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=okr&resource=period&version=v1
 */
export const patchPeriod = /*#__PURE__*/ endpoint<PatchPeriodInput, PatchPeriodOutput>({
  id: 'okr.v1.period.patch',
  method: 'PATCH',
  path: '/open-apis/okr/v1/periods/:period_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ period_id: string() }), body: looseObject({ status: number() }) }),
})
