// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { BatchUpdateCustomFieldSchema } from './models.ts'
import type { BatchUpdateCustomField } from './types.ts'

/** Input of {@link batchDeleteEcoAccountCustomField}. */
export interface BatchDeleteEcoAccountCustomFieldInput {
  body: { scope: number; custom_field_key_list?: string[] }
}

/** `data` of a successful {@link batchDeleteEcoAccountCustomField} response. */
export type BatchDeleteEcoAccountCustomFieldOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_account_custom_field.batch_delete`: POST /open-apis/hire/v1/eco_account_custom_fields/batch_delete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=hire&resource=eco_account_custom_field&version=v1
 */
export const batchDeleteEcoAccountCustomField = /*#__PURE__*/ endpoint<BatchDeleteEcoAccountCustomFieldInput, BatchDeleteEcoAccountCustomFieldOutput>({
  id: 'hire.v1.eco_account_custom_field.batch_delete',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_account_custom_fields/batch_delete',
  tokens: ['tenant'],
  input: () =>
    looseObject({ body: looseObject({ scope: number(), custom_field_key_list: optional(array(string())) }) }),
})

/** Input of {@link batchUpdateEcoAccountCustomField}. */
export interface BatchUpdateEcoAccountCustomFieldInput {
  body: { scope: number; custom_field_list: BatchUpdateCustomField[] }
}

/** `data` of a successful {@link batchUpdateEcoAccountCustomField} response. */
export type BatchUpdateEcoAccountCustomFieldOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_account_custom_field.batch_update`: PATCH /open-apis/hire/v1/eco_account_custom_fields/batch_update (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=hire&resource=eco_account_custom_field&version=v1
 */
export const batchUpdateEcoAccountCustomField = /*#__PURE__*/ endpoint<BatchUpdateEcoAccountCustomFieldInput, BatchUpdateEcoAccountCustomFieldOutput>({
  id: 'hire.v1.eco_account_custom_field.batch_update',
  method: 'PATCH',
  path: '/open-apis/hire/v1/eco_account_custom_fields/batch_update',
  tokens: ['tenant'],
  input: () =>
    looseObject({ body: looseObject({ scope: number(), custom_field_list: array(BatchUpdateCustomFieldSchema()) }) }),
})

/** Input of {@link createEcoAccountCustomField}. */
export interface CreateEcoAccountCustomFieldInput {
  body: { scope: number; custom_field_list: BatchUpdateCustomField[] }
}

/** `data` of a successful {@link createEcoAccountCustomField} response. */
export type CreateEcoAccountCustomFieldOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_account_custom_field.create`: POST /open-apis/hire/v1/eco_account_custom_fields (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=eco_account_custom_field&version=v1
 */
export const createEcoAccountCustomField = /*#__PURE__*/ endpoint<CreateEcoAccountCustomFieldInput, CreateEcoAccountCustomFieldOutput>({
  id: 'hire.v1.eco_account_custom_field.create',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_account_custom_fields',
  tokens: ['tenant'],
  input: () =>
    looseObject({ body: looseObject({ scope: number(), custom_field_list: array(BatchUpdateCustomFieldSchema()) }) }),
})
