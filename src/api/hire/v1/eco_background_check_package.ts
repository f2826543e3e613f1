// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import { AdditionalItemSchema } from './models.ts'
import type { AdditionalItem } from './types.ts'

/** Input of {@link batchDeleteEcoBackgroundCheckPackage}. */
export interface BatchDeleteEcoBackgroundCheckPackageInput {
  body: { account_id: string; package_id_list?: string[]; additional_item_id_list?: string[] }
}

/** `data` of a successful {@link batchDeleteEcoBackgroundCheckPackage} response. */
export type BatchDeleteEcoBackgroundCheckPackageOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_background_check_package.batch_delete`: POST /open-apis/hire/v1/eco_background_check_packages/batch_delete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=hire&resource=eco_background_check_package&version=v1
 */
export const batchDeleteEcoBackgroundCheckPackage = /*#__PURE__*/ endpoint<BatchDeleteEcoBackgroundCheckPackageInput, BatchDeleteEcoBackgroundCheckPackageOutput>({
  id: 'hire.v1.eco_background_check_package.batch_delete',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_background_check_packages/batch_delete',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        account_id: string(),
        package_id_list: optional(array(string())),
        additional_item_id_list: optional(array(string())),
      }),
    }),
})

/** Input of {@link batchUpdateEcoBackgroundCheckPackage}. */
export interface BatchUpdateEcoBackgroundCheckPackageInput {
  body: { account_id: string; package_list: AdditionalItem[]; additional_item_list?: AdditionalItem[] }
}

/** `data` of a successful {@link batchUpdateEcoBackgroundCheckPackage} response. */
export type BatchUpdateEcoBackgroundCheckPackageOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_background_check_package.batch_update`: PATCH /open-apis/hire/v1/eco_background_check_packages/batch_update (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=hire&resource=eco_background_check_package&version=v1
 */
export const batchUpdateEcoBackgroundCheckPackage = /*#__PURE__*/ endpoint<BatchUpdateEcoBackgroundCheckPackageInput, BatchUpdateEcoBackgroundCheckPackageOutput>({
  id: 'hire.v1.eco_background_check_package.batch_update',
  method: 'PATCH',
  path: '/open-apis/hire/v1/eco_background_check_packages/batch_update',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        account_id: string(),
        package_list: array(AdditionalItemSchema()),
        additional_item_list: optional(array(AdditionalItemSchema())),
      }),
    }),
})

/** Input of {@link createEcoBackgroundCheckPackage}. */
export interface CreateEcoBackgroundCheckPackageInput {
  body: { account_id: string; package_list: AdditionalItem[]; additional_item_list?: AdditionalItem[] }
}

/** `data` of a successful {@link createEcoBackgroundCheckPackage} response. */
export type CreateEcoBackgroundCheckPackageOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_background_check_package.create`: POST /open-apis/hire/v1/eco_background_check_packages (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=eco_background_check_package&version=v1
 */
export const createEcoBackgroundCheckPackage = /*#__PURE__*/ endpoint<CreateEcoBackgroundCheckPackageInput, CreateEcoBackgroundCheckPackageOutput>({
  id: 'hire.v1.eco_background_check_package.create',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_background_check_packages',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        account_id: string(),
        package_list: array(AdditionalItemSchema()),
        additional_item_list: optional(array(AdditionalItemSchema())),
      }),
    }),
})
