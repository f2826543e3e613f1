// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Option } from './types.ts'

/** Input of {@link createCustomFieldOption}. */
export interface CreateCustomFieldOptionInput {
  path: { custom_field_guid: string }
  body: { name: string; color_index?: number; insert_before?: string; insert_after?: string; is_hidden?: boolean }
}

/** `data` of a successful {@link createCustomFieldOption} response. */
export interface CreateCustomFieldOptionOutput {
  option?: Option
}

/**
 * `task.v2.custom_field.option.create`: POST /open-apis/task/v2/custom_fields/:custom_field_guid/options (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=custom_field.option&version=v2
 */
export const createCustomFieldOption = /*#__PURE__*/ endpoint<CreateCustomFieldOptionInput, CreateCustomFieldOptionOutput>({
  id: 'task.v2.custom_field.option.create',
  method: 'POST',
  path: '/open-apis/task/v2/custom_fields/:custom_field_guid/options',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ custom_field_guid: string() }),
      body: looseObject({
        name: string(),
        color_index: optional(number()),
        insert_before: optional(string()),
        insert_after: optional(string()),
        is_hidden: optional(boolean()),
      }),
    }),
})

/** Input of {@link patchCustomFieldOption}. */
export interface PatchCustomFieldOptionInput {
  path: { custom_field_guid: string; option_guid: string }
  body?: {
    option?: { name?: string; color_index?: number; insert_before?: string; insert_after?: string; is_hidden?: boolean }
    update_fields?: string[]
  }
}

/** `data` of a successful {@link patchCustomFieldOption} response. */
export interface PatchCustomFieldOptionOutput {
  option?: Option
}

/**
 * `task.v2.custom_field.option.patch`: PATCH /open-apis/task/v2/custom_fields/:custom_field_guid/options/:option_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=task&resource=custom_field.option&version=v2
 */
export const patchCustomFieldOption = /*#__PURE__*/ endpoint<PatchCustomFieldOptionInput, PatchCustomFieldOptionOutput>({
  id: 'task.v2.custom_field.option.patch',
  method: 'PATCH',
  path: '/open-apis/task/v2/custom_fields/:custom_field_guid/options/:option_guid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ custom_field_guid: string(), option_guid: string() }),
      body: optional(looseObject({
        option: optional(looseObject({
          name: optional(string()),
          color_index: optional(number()),
          insert_before: optional(string()),
          insert_after: optional(string()),
          is_hidden: optional(boolean()),
        })),
        update_fields: optional(array(string())),
      })),
    }),
})
