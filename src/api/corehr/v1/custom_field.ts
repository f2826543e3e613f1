// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import type { Data, EnumFieldOptionName } from './types.ts'

/** Input of {@link getCustomFieldByParam}. */
export interface GetCustomFieldByParamInput {
  query: { object_api_name: string; custom_api_name: string }
}

/** `data` of a successful {@link getCustomFieldByParam} response. */
export interface GetCustomFieldByParamOutput {
  data?: Data
}

/**
 * `corehr.v1.custom_field.get_by_param`: GET /open-apis/corehr/v1/custom_fields/get_by_param (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_by_param&project=corehr&resource=custom_field&version=v1
 */
export const getCustomFieldByParam = /*#__PURE__*/ endpoint<GetCustomFieldByParamInput, GetCustomFieldByParamOutput>({
  id: 'corehr.v1.custom_field.get_by_param',
  method: 'GET',
  path: '/open-apis/corehr/v1/custom_fields/get_by_param',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ object_api_name: string(), custom_api_name: string() }) }),
})

/** Input of {@link listCustomFieldObjectApiName}. */
export interface ListCustomFieldObjectApiNameInput {
  query: { page_token?: string; page_size: string }
}

/** `data` of a successful {@link listCustomFieldObjectApiName} response. */
export interface ListCustomFieldObjectApiNameOutput {
  items?: {
    object_api_name?: string
    name?: EnumFieldOptionName
    is_open?: boolean
    create_time?: string
    update_time?: string
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.custom_field.list_object_api_name`: GET /open-apis/corehr/v1/custom_fields/list_object_api_name (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list_object_api_name&project=corehr&resource=custom_field&version=v1
 */
export const listCustomFieldObjectApiName = /*#__PURE__*/ endpoint<ListCustomFieldObjectApiNameInput, ListCustomFieldObjectApiNameOutput, true>({
  id: 'corehr.v1.custom_field.list_object_api_name',
  method: 'GET',
  path: '/open-apis/corehr/v1/custom_fields/list_object_api_name',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_token: optional(string()), page_size: string() }) }),
  page: { items: 'items' },
})

/** Input of {@link queryCustomField}. */
export interface QueryCustomFieldInput {
  query: { object_api_name_list: string[] }
}

/** `data` of a successful {@link queryCustomField} response. */
export interface QueryCustomFieldOutput {
  items?: Data[]
}

/**
 * `corehr.v1.custom_field.query`: GET /open-apis/corehr/v1/custom_fields/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=corehr&resource=custom_field&version=v1
 */
export const queryCustomField = /*#__PURE__*/ endpoint<QueryCustomFieldInput, QueryCustomFieldOutput>({
  id: 'corehr.v1.custom_field.query',
  method: 'GET',
  path: '/open-apis/corehr/v1/custom_fields/query',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ object_api_name_list: array(string()) }) }),
})
