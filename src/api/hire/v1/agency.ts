// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Agency, Creator, Name, OnboardedProtection } from './types.ts'

/** Input of {@link batchQueryAgency}. */
export interface BatchQueryAgencyInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; page_token?: string; page_size?: number }
  body?: {
    agency_supplier_id_list?: string[]
    keyword?: string
    filter_list?: {
      key: string
      value_type: number
      value_list?: string[]
      range_filter?: { from?: string; to?: string }
      user_id_list?: string[]
    }[]
  }
}

/** `data` of a successful {@link batchQueryAgency} response. */
export interface BatchQueryAgencyOutput {
  has_more?: boolean
  page_token?: string
  items?: {
    id?: string
    name?: string
    label_list?: Creator[]
    admin_list?: { user_id?: string; name?: Name; email?: string }[]
    agency_protect_time?: { day?: number; use_default?: boolean }
    cooperation_create_time?: string
    cooperation_start_time?: string
    cooperation_end_time?: string
    cooperation_status?: number
    invite_email?: string
    supplier_area?: number
    talent_protect_time?: { day?: number; use_default?: boolean; forever?: boolean }
  }[]
}

/**
 * `hire.v1.agency.batch_query`: POST /open-apis/hire/v1/agencies/batch_query (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_query&project=hire&resource=agency&version=v1
 */
export const batchQueryAgency = /*#__PURE__*/ endpoint<BatchQueryAgencyInput, BatchQueryAgencyOutput, true>({
  id: 'hire.v1.agency.batch_query',
  method: 'POST',
  path: '/open-apis/hire/v1/agencies/batch_query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
      body: optional(looseObject({
        agency_supplier_id_list: optional(array(string())),
        keyword: optional(string()),
        filter_list: optional(array(looseObject({
          key: string(),
          value_type: number(),
          value_list: optional(array(string())),
          range_filter: optional(looseObject({ from: optional(string()), to: optional(string()) })),
          user_id_list: optional(array(string())),
        }))),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link getAgency}. */
export interface GetAgencyInput {
  path: { agency_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
}

/** `data` of a successful {@link getAgency} response. */
export interface GetAgencyOutput {
  agency?: Agency
}

/**
 * `hire.v1.agency.get`: GET /open-apis/hire/v1/agencies/:agency_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=agency&version=v1
 */
export const getAgency = /*#__PURE__*/ endpoint<GetAgencyInput, GetAgencyOutput>({
  id: 'hire.v1.agency.get',
  method: 'GET',
  path: '/open-apis/hire/v1/agencies/:agency_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ agency_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
    }),
})

/** Input of {@link getAgencyAgencyAccount}. */
export interface GetAgencyAgencyAccountInput {
  query?: { user_id_type?: 'open_id' | 'union_id'; page_token?: string; page_size?: number }
  body: { supplier_id: string; status?: number; role?: number }
}

/** `data` of a successful {@link getAgencyAgencyAccount} response. */
export interface GetAgencyAgencyAccountOutput {
  has_more?: boolean
  page_token?: string
  items?: {
    id?: string
    reason?: string
    create_time?: string
    status?: number
    user_info?: { user_id?: string; name?: Name; email?: string; mobile?: string }
    role?: number
  }[]
}

/**
 * `hire.v1.agency.get_agency_account`: POST /open-apis/hire/v1/agencies/get_agency_account (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_agency_account&project=hire&resource=agency&version=v1
 */
export const getAgencyAgencyAccount = /*#__PURE__*/ endpoint<GetAgencyAgencyAccountInput, GetAgencyAgencyAccountOutput, true>({
  id: 'hire.v1.agency.get_agency_account',
  method: 'POST',
  path: '/open-apis/hire/v1/agencies/get_agency_account',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
      body: looseObject({ supplier_id: string(), status: optional(number()), role: optional(number()) }),
    }),
  page: { items: 'items' },
})

/** Input of {@link operateAgencyAgencyAccount}. */
export interface OperateAgencyAgencyAccountInput {
  body: { option: number; id: string; reason?: string }
}

/** `data` of a successful {@link operateAgencyAgencyAccount} response. */
export type OperateAgencyAgencyAccountOutput = { [key: string]: unknown }

/**
 * `hire.v1.agency.operate_agency_account`: POST /open-apis/hire/v1/agencies/operate_agency_account (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=operate_agency_account&project=hire&resource=agency&version=v1
 */
export const operateAgencyAgencyAccount = /*#__PURE__*/ endpoint<OperateAgencyAgencyAccountInput, OperateAgencyAgencyAccountOutput>({
  id: 'hire.v1.agency.operate_agency_account',
  method: 'POST',
  path: '/open-apis/hire/v1/agencies/operate_agency_account',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ option: number(), id: string(), reason: optional(string()) }) }),
})

/** Input of {@link protectAgency}. */
export interface ProtectAgencyInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: {
    talent_id: string
    supplier_id: string
    consultant_id: string
    protect_create_time: number
    protect_expire_time: number
    comment?: string
    current_salary?: string
    expected_salary?: string
  }
}

/** `data` of a successful {@link protectAgency} response. */
export type ProtectAgencyOutput = { [key: string]: unknown }

/**
 * `hire.v1.agency.protect`: POST /open-apis/hire/v1/agencies/protect (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=protect&project=hire&resource=agency&version=v1
 */
export const protectAgency = /*#__PURE__*/ endpoint<ProtectAgencyInput, ProtectAgencyOutput>({
  id: 'hire.v1.agency.protect',
  method: 'POST',
  path: '/open-apis/hire/v1/agencies/protect',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
      body: looseObject({
        talent_id: string(),
        supplier_id: string(),
        consultant_id: string(),
        protect_create_time: number(),
        protect_expire_time: number(),
        comment: optional(string()),
        current_salary: optional(string()),
        expected_salary: optional(string()),
      }),
    }),
})

/** Input of {@link protectAgencySearch}. */
export interface ProtectAgencySearchInput {
  body: { talent_id: string }
}

/** `data` of a successful {@link protectAgencySearch} response. */
export interface ProtectAgencySearchOutput {
  is_onboarded?: boolean
  onboarded_in_protection?: boolean
  onboarded_protection?: OnboardedProtection
  protection_list?: OnboardedProtection[]
}

/**
 * `hire.v1.agency.protect_search`: POST /open-apis/hire/v1/agencies/protection_period/search (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=protect_search&project=hire&resource=agency&version=v1
 */
export const protectAgencySearch = /*#__PURE__*/ endpoint<ProtectAgencySearchInput, ProtectAgencySearchOutput>({
  id: 'hire.v1.agency.protect_search',
  method: 'POST',
  path: '/open-apis/hire/v1/agencies/protection_period/search',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ talent_id: string() }) }),
})

/** Input of {@link queryAgency}. */
export interface QueryAgencyInput {
  query: { name: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link queryAgency} response. */
export interface QueryAgencyOutput {
  items?: Agency[]
}

/**
 * `hire.v1.agency.query`: GET /open-apis/hire/v1/agencies/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=hire&resource=agency&version=v1
 */
export const queryAgency = /*#__PURE__*/ endpoint<QueryAgencyInput, QueryAgencyOutput>({
  id: 'hire.v1.agency.query',
  method: 'GET',
  path: '/open-apis/hire/v1/agencies/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ name: string(), user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) }),
    }),
})
