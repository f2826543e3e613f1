// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  CustomFieldMultiSelectSettingOptionSchema,
  MultiSelectSettingOptionSchema,
  NumberSettingSchema,
} from './models.ts'
import type {
  CustomField,
  CustomFieldMultiSelectSettingOption,
  MultiSelectSettingOption,
  NumberSetting,
} from './types.ts'

/** Input of {@link addCustomField}. */
export interface AddCustomFieldInput {
  path: { custom_field_guid: string }
  body: { resource_type: string; resource_id: string }
}

/** `data` of a successful {@link addCustomField} response. */
export type AddCustomFieldOutput = { [key: string]: unknown }

/**
 * `task.v2.custom_field.add`: POST /open-apis/task/v2/custom_fields/:custom_field_guid/add (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add&project=task&resource=custom_field&version=v2
 */
export const addCustomField = /*#__PURE__*/ endpoint<AddCustomFieldInput, AddCustomFieldOutput>({
  id: 'task.v2.custom_field.add',
  method: 'POST',
  path: '/open-apis/task/v2/custom_fields/:custom_field_guid/add',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ custom_field_guid: string() }),
      body: looseObject({ resource_type: string(), resource_id: string() }),
    }),
})

/** Input of {@link createCustomField}. */
export interface CreateCustomFieldInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    resource_type: string
    resource_id: string
    name: string
    type: 'number' | 'datetime' | 'member' | 'single_select' | 'multi_select' | 'text'
    number_setting?: NumberSetting
    member_setting?: { multi?: boolean }
    datetime_setting?: { format?: string }
    single_select_setting?: { options?: MultiSelectSettingOption[] }
    multi_select_setting?: { options?: MultiSelectSettingOption[] }
    text_setting?: { [key: string]: unknown }
  }
}

/** `data` of a successful {@link createCustomField} response. */
export interface CreateCustomFieldOutput {
  custom_field?: CustomField
}

/**
 * `task.v2.custom_field.create`: POST /open-apis/task/v2/custom_fields (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=custom_field&version=v2
 */
export const createCustomField = /*#__PURE__*/ endpoint<CreateCustomFieldInput, CreateCustomFieldOutput>({
  id: 'task.v2.custom_field.create',
  method: 'POST',
  path: '/open-apis/task/v2/custom_fields',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        resource_type: string(),
        resource_id: string(),
        name: string(),
        type: picklist(['number', 'datetime', 'member', 'single_select', 'multi_select', 'text']),
        number_setting: optional(NumberSettingSchema()),
        member_setting: optional(looseObject({ multi: optional(boolean()) })),
        datetime_setting: optional(looseObject({ format: optional(string()) })),
        single_select_setting: optional(looseObject({ options: optional(array(MultiSelectSettingOptionSchema())) })),
        multi_select_setting: optional(looseObject({ options: optional(array(MultiSelectSettingOptionSchema())) })),
        text_setting: optional(looseObject({})),
      }),
    }),
})

/** Input of {@link getCustomField}. */
export interface GetCustomFieldInput {
  path: { custom_field_guid: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getCustomField} response. */
export interface GetCustomFieldOutput {
  custom_field?: CustomField
}

/**
 * `task.v2.custom_field.get`: GET /open-apis/task/v2/custom_fields/:custom_field_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=task&resource=custom_field&version=v2
 */
export const getCustomField = /*#__PURE__*/ endpoint<GetCustomFieldInput, GetCustomFieldOutput>({
  id: 'task.v2.custom_field.get',
  method: 'GET',
  path: '/open-apis/task/v2/custom_fields/:custom_field_guid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ custom_field_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link listCustomField}. */
export interface ListCustomFieldInput {
  query?: {
    page_size?: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    resource_type?: string
    resource_id?: string
    update_msec?: string
  }
}

/** `data` of a successful {@link listCustomField} response. */
export interface ListCustomFieldOutput {
  items?: CustomField[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v2.custom_field.list`: GET /open-apis/task/v2/custom_fields (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=custom_field&version=v2
 */
export const listCustomField = /*#__PURE__*/ endpoint<ListCustomFieldInput, ListCustomFieldOutput, true>({
  id: 'task.v2.custom_field.list',
  method: 'GET',
  path: '/open-apis/task/v2/custom_fields',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        resource_type: optional(string()),
        resource_id: optional(string()),
        update_msec: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchCustomField}. */
export interface PatchCustomFieldInput {
  path: { custom_field_guid: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    custom_field?: {
      name?: string
      number_setting?: NumberSetting
      member_setting?: { multi?: boolean }
      datetime_setting?: { format?: string }
      single_select_setting?: { options?: CustomFieldMultiSelectSettingOption[] }
      multi_select_setting?: { options?: CustomFieldMultiSelectSettingOption[] }
      text_setting?: { [key: string]: unknown }
    }
    update_fields?: string[]
  }
}

/** `data` of a successful {@link patchCustomField} response. */
export interface PatchCustomFieldOutput {
  custom_field?: CustomField
}

/**
 * `task.v2.custom_field.patch`: PATCH /open-apis/task/v2/custom_fields/:custom_field_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=task&resource=custom_field&version=v2
 */
export const patchCustomField = /*#__PURE__*/ endpoint<PatchCustomFieldInput, PatchCustomFieldOutput>({
  id: 'task.v2.custom_field.patch',
  method: 'PATCH',
  path: '/open-apis/task/v2/custom_fields/:custom_field_guid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ custom_field_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        custom_field: optional(looseObject({
          name: optional(string()),
          number_setting: optional(NumberSettingSchema()),
          member_setting: optional(looseObject({ multi: optional(boolean()) })),
          datetime_setting: optional(looseObject({ format: optional(string()) })),
          single_select_setting: optional(looseObject({
            options: optional(array(CustomFieldMultiSelectSettingOptionSchema())),
          })),
          multi_select_setting: optional(looseObject({
            options: optional(array(CustomFieldMultiSelectSettingOptionSchema())),
          })),
          text_setting: optional(looseObject({})),
        })),
        update_fields: optional(array(string())),
      })),
    }),
})

/** Input of {@link removeCustomField}. */
export interface RemoveCustomFieldInput {
  path: { custom_field_guid: string }
  body: { resource_type: string; resource_id: string }
}

/** `data` of a successful {@link removeCustomField} response. */
export type RemoveCustomFieldOutput = { [key: string]: unknown }

/**
 * `task.v2.custom_field.remove`: POST /open-apis/task/v2/custom_fields/:custom_field_guid/remove (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove&project=task&resource=custom_field&version=v2
 */
export const removeCustomField = /*#__PURE__*/ endpoint<RemoveCustomFieldInput, RemoveCustomFieldOutput>({
  id: 'task.v2.custom_field.remove',
  method: 'POST',
  path: '/open-apis/task/v2/custom_fields/:custom_field_guid/remove',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ custom_field_guid: string() }),
      body: looseObject({ resource_type: string(), resource_id: string() }),
    }),
})
