// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { ExternalBackgroundCheck } from './types.ts'

/** Input of {@link batchQueryExternalBackgroundCheck}. */
export interface BatchQueryExternalBackgroundCheckInput {
  query?: { external_application_id?: string; page_size?: number; page_token?: string }
  body?: { external_background_check_id_list?: string[] }
}

/** `data` of a successful {@link batchQueryExternalBackgroundCheck} response. */
export interface BatchQueryExternalBackgroundCheckOutput {
  items?: ExternalBackgroundCheck[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.external_background_check.batch_query`: POST /open-apis/hire/v1/external_background_checks/batch_query (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_query&project=hire&resource=external_background_check&version=v1
 */
export const batchQueryExternalBackgroundCheck = /*#__PURE__*/ endpoint<BatchQueryExternalBackgroundCheckInput, BatchQueryExternalBackgroundCheckOutput, true>({
  id: 'hire.v1.external_background_check.batch_query',
  method: 'POST',
  path: '/open-apis/hire/v1/external_background_checks/batch_query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        external_application_id: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
      body: optional(looseObject({ external_background_check_id_list: optional(array(string())) })),
    }),
  page: { items: 'items' },
})

/** Input of {@link createExternalBackgroundCheck}. */
export interface CreateExternalBackgroundCheckInput {
  body: {
    external_id?: string
    external_application_id: string
    date?: number
    name?: string
    result?: string
    attachment_id_list?: string[]
  }
}

/** `data` of a successful {@link createExternalBackgroundCheck} response. */
export interface CreateExternalBackgroundCheckOutput {
  external_background_check?: ExternalBackgroundCheck
}

/**
 * `hire.v1.external_background_check.create`: POST /open-apis/hire/v1/external_background_checks (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=external_background_check&version=v1
 */
export const createExternalBackgroundCheck = /*#__PURE__*/ endpoint<CreateExternalBackgroundCheckInput, CreateExternalBackgroundCheckOutput>({
  id: 'hire.v1.external_background_check.create',
  method: 'POST',
  path: '/open-apis/hire/v1/external_background_checks',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        external_id: optional(string()),
        external_application_id: string(),
        date: optional(number()),
        name: optional(string()),
        result: optional(string()),
        attachment_id_list: optional(array(string())),
      }),
    }),
})

/** Input of {@link deleteExternalBackgroundCheck}. */
export interface DeleteExternalBackgroundCheckInput {
  path: { external_background_check_id: string }
}

/** `data` of a successful {@link deleteExternalBackgroundCheck} response. */
export type DeleteExternalBackgroundCheckOutput = { [key: string]: unknown }

/**
 * `hire.v1.external_background_check.delete`: DELETE /open-apis/hire/v1/external_background_checks/:external_background_check_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=hire&resource=external_background_check&version=v1
 */
export const deleteExternalBackgroundCheck = /*#__PURE__*/ endpoint<DeleteExternalBackgroundCheckInput, DeleteExternalBackgroundCheckOutput>({
  id: 'hire.v1.external_background_check.delete',
  method: 'DELETE',
  path: '/open-apis/hire/v1/external_background_checks/:external_background_check_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ external_background_check_id: string() }) }),
})

/** Input of {@link updateExternalBackgroundCheck}. */
export interface UpdateExternalBackgroundCheckInput {
  path: { external_background_check_id: string }
  body: {
    external_id?: string
    external_application_id: string
    date?: number
    name?: string
    result?: string
    attachment_id_list?: string[]
  }
}

/** `data` of a successful {@link updateExternalBackgroundCheck} response. */
export interface UpdateExternalBackgroundCheckOutput {
  external_background_check?: ExternalBackgroundCheck
}

/**
 * `hire.v1.external_background_check.update`: PUT /open-apis/hire/v1/external_background_checks/:external_background_check_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=hire&resource=external_background_check&version=v1
 */
export const updateExternalBackgroundCheck = /*#__PURE__*/ endpoint<UpdateExternalBackgroundCheckInput, UpdateExternalBackgroundCheckOutput>({
  id: 'hire.v1.external_background_check.update',
  method: 'PUT',
  path: '/open-apis/hire/v1/external_background_checks/:external_background_check_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ external_background_check_id: string() }),
      body: looseObject({
        external_id: optional(string()),
        external_application_id: string(),
        date: optional(number()),
        name: optional(string()),
        result: optional(string()),
        attachment_id_list: optional(array(string())),
      }),
    }),
})
