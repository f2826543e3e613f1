// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, string } from '../../../core/valibot.ts'
import { CustomFieldSchema } from './models.ts'
import type { CustomField } from './types.ts'

/** Input of {@link batchDeleteEcoBackgroundCheckCustomField}. */
export interface BatchDeleteEcoBackgroundCheckCustomFieldInput {
  body: { account_id: string }
}

/** `data` of a successful {@link batchDeleteEcoBackgroundCheckCustomField} response. */
export type BatchDeleteEcoBackgroundCheckCustomFieldOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_background_check_custom_field.batch_delete`: POST /open-apis/hire/v1/eco_background_check_custom_fields/batch_delete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=hire&resource=eco_background_check_custom_field&version=v1
 */
export const batchDeleteEcoBackgroundCheckCustomField = /*#__PURE__*/ endpoint<BatchDeleteEcoBackgroundCheckCustomFieldInput, BatchDeleteEcoBackgroundCheckCustomFieldOutput>({
  id: 'hire.v1.eco_background_check_custom_field.batch_delete',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_background_check_custom_fields/batch_delete',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ account_id: string() }) }),
})

/** Input of {@link batchUpdateEcoBackgroundCheckCustomField}. */
export interface BatchUpdateEcoBackgroundCheckCustomFieldInput {
  body: { account_id: string; custom_field_list: CustomField[] }
}

/** `data` of a successful {@link batchUpdateEcoBackgroundCheckCustomField} response. */
export type BatchUpdateEcoBackgroundCheckCustomFieldOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_background_check_custom_field.batch_update`: PATCH /open-apis/hire/v1/eco_background_check_custom_fields/batch_update (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=hire&resource=eco_background_check_custom_field&version=v1
 */
export const batchUpdateEcoBackgroundCheckCustomField = /*#__PURE__*/ endpoint<BatchUpdateEcoBackgroundCheckCustomFieldInput, BatchUpdateEcoBackgroundCheckCustomFieldOutput>({
  id: 'hire.v1.eco_background_check_custom_field.batch_update',
  method: 'PATCH',
  path: '/open-apis/hire/v1/eco_background_check_custom_fields/batch_update',
  tokens: ['tenant'],
  input: () =>
    looseObject({ body: looseObject({ account_id: string(), custom_field_list: array(CustomFieldSchema()) }) }),
})

/** Input of {@link createEcoBackgroundCheckCustomField}. */
export interface CreateEcoBackgroundCheckCustomFieldInput {
  body: { account_id: string; custom_field_list: CustomField[] }
}

/** `data` of a successful {@link createEcoBackgroundCheckCustomField} response. */
export type CreateEcoBackgroundCheckCustomFieldOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_background_check_custom_field.create`: POST /open-apis/hire/v1/eco_background_check_custom_fields (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=eco_background_check_custom_field&version=v1
 */
export const createEcoBackgroundCheckCustomField = /*#__PURE__*/ endpoint<CreateEcoBackgroundCheckCustomFieldInput, CreateEcoBackgroundCheckCustomFieldOutput>({
  id: 'hire.v1.eco_background_check_custom_field.create',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_background_check_custom_fields',
  tokens: ['tenant'],
  input: () =>
    looseObject({ body: looseObject({ account_id: string(), custom_field_list: array(CustomFieldSchema()) }) }),
})
