// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { AllowedEditModesSchema, AutoSerialSchema, DescriptionSchema, OptionSchema, TypeSchema } from './models.ts'
import type { AllowedEditModes, AutoSerial, Description, Field, Item, Option, Type } from './types.ts'

/** Input of {@link createAppTableField}. */
export interface CreateAppTableFieldInput {
  path: { app_token: string; table_id: string }
  query?: { client_token?: string }
  body: {
    field_name: string
    type: number
    property?: {
      options?: Option[]
      formatter?: string
      date_formatter?: string
      auto_fill?: boolean
      multiple?: boolean
      table_id?: string
      back_field_name?: string
      auto_serial?: AutoSerial
      location?: { input_type: 'only_mobile' | 'not_limit' }
      formula_expression?: string
      allowed_edit_modes?: AllowedEditModes
      min?: number
      max?: number
      range_customize?: boolean
      currency_code?: string
      rating?: { symbol?: string }
      type?: Type
    }
    description?: Description
    ui_type?:
      | 'Text'
      | 'Email'
      | 'Barcode'
      | 'Number'
      | 'Progress'
      | 'Currency'
      | 'Rating'
      | 'SingleSelect'
      | 'MultiSelect'
      | 'DateTime'
      | 'Checkbox'
      | 'User'
      | 'GroupChat'
      | 'Phone'
      | 'Url'
      | 'Attachment'
      | 'SingleLink'
      | 'Formula'
      | 'DuplexLink'
      | 'Location'
      | 'CreatedTime'
      | 'ModifiedTime'
      | 'CreatedUser'
      | 'ModifiedUser'
      | 'AutoNumber'
  }
}

/** `data` of a successful {@link createAppTableField} response. */
export interface CreateAppTableFieldOutput {
  field?: Field
}

/**
 * `bitable.v1.app.table.field.create`: POST /open-apis/bitable/v1/apps/:app_token/tables/:table_id/fields (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=bitable&resource=app.table.field&version=v1
 */
export const createAppTableField = /*#__PURE__*/ endpoint<CreateAppTableFieldInput, CreateAppTableFieldOutput>({
  id: 'bitable.v1.app.table.field.create',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/fields',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        field_name: string(),
        type: number(),
        property: optional(looseObject({
          options: optional(array(OptionSchema())),
          formatter: optional(string()),
          date_formatter: optional(string()),
          auto_fill: optional(boolean()),
          multiple: optional(boolean()),
          table_id: optional(string()),
          back_field_name: optional(string()),
          auto_serial: optional(AutoSerialSchema()),
          location: optional(looseObject({ input_type: picklist(['only_mobile', 'not_limit']) })),
          formula_expression: optional(string()),
          allowed_edit_modes: optional(AllowedEditModesSchema()),
          min: optional(number()),
          max: optional(number()),
          range_customize: optional(boolean()),
          currency_code: optional(string()),
          rating: optional(looseObject({ symbol: optional(string()) })),
          type: optional(TypeSchema()),
        })),
        description: optional(DescriptionSchema()),
        ui_type: optional(picklist([
          'Text',
          'Email',
          'Barcode',
          'Number',
          'Progress',
          'Currency',
          'Rating',
          'SingleSelect',
          'MultiSelect',
          'DateTime',
          'Checkbox',
          'User',
          'GroupChat',
          'Phone',
          'Url',
          'Attachment',
          'SingleLink',
          'Formula',
          'DuplexLink',
          'Location',
          'CreatedTime',
          'ModifiedTime',
          'CreatedUser',
          'ModifiedUser',
          'AutoNumber',
        ])),
      }),
    }),
})

/** Input of {@link deleteAppTableField}. */
export interface DeleteAppTableFieldInput {
  path: { app_token: string; table_id: string; field_id: string }
}

/** `data` of a successful {@link deleteAppTableField} response. */
export interface DeleteAppTableFieldOutput {
  field_id?: string
  deleted?: boolean
}

/**
 * `bitable.v1.app.table.field.delete`: DELETE /open-apis/bitable/v1/apps/:app_token/tables/:table_id/fields/:field_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=bitable&resource=app.table.field&version=v1
 */
export const deleteAppTableField = /*#__PURE__*/ endpoint<DeleteAppTableFieldInput, DeleteAppTableFieldOutput>({
  id: 'bitable.v1.app.table.field.delete',
  method: 'DELETE',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/fields/:field_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ app_token: string(), table_id: string(), field_id: string() }) }),
})

/** Input of {@link listAppTableField}. */
export interface ListAppTableFieldInput {
  path: { app_token: string; table_id: string }
  query?: { view_id?: string; text_field_as_array?: boolean; page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listAppTableField} response. */
export interface ListAppTableFieldOutput {
  has_more?: boolean
  page_token?: string
  total?: number
  items?: Item[]
}

/**
 * `bitable.v1.app.table.field.list`: GET /open-apis/bitable/v1/apps/:app_token/tables/:table_id/fields (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=bitable&resource=app.table.field&version=v1
 */
export const listAppTableField = /*#__PURE__*/ endpoint<ListAppTableFieldInput, ListAppTableFieldOutput, true>({
  id: 'bitable.v1.app.table.field.list',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/fields',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      query: optional(looseObject({
        view_id: optional(string()),
        text_field_as_array: optional(boolean()),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link updateAppTableField}. */
export interface UpdateAppTableFieldInput {
  path: { app_token: string; table_id: string; field_id: string }
  body: {
    field_name: string
    type: number
    property?: {
      options?: Option[]
      formatter?: string
      date_formatter?: string
      auto_fill?: boolean
      multiple?: boolean
      table_id?: string
      table_name?: string
      back_field_name?: string
      auto_serial?: AutoSerial
      location?: { input_type: 'only_mobile' | 'not_limit' }
      formula_expression?: string
      allowed_edit_modes?: AllowedEditModes
      min?: number
      max?: number
      range_customize?: boolean
      currency_code?: string
      rating?: { symbol?: string }
      type?: Type
    }
    description?: Description
    ui_type?:
      | 'Text'
      | 'Email'
      | 'Barcode'
      | 'Number'
      | 'Progress'
      | 'Currency'
      | 'Rating'
      | 'SingleSelect'
      | 'MultiSelect'
      | 'DateTime'
      | 'Checkbox'
      | 'User'
      | 'GroupChat'
      | 'Phone'
      | 'Url'
      | 'Attachment'
      | 'SingleLink'
      | 'Formula'
      | 'DuplexLink'
      | 'Location'
      | 'CreatedTime'
      | 'ModifiedTime'
      | 'CreatedUser'
      | 'ModifiedUser'
      | 'AutoNumber'
  }
}

/** `data` of a successful {@link updateAppTableField} response. */
export interface UpdateAppTableFieldOutput {
  field?: Field
}

/**
 * `bitable.v1.app.table.field.update`: PUT /open-apis/bitable/v1/apps/:app_token/tables/:table_id/fields/:field_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=bitable&resource=app.table.field&version=v1
 */
export const updateAppTableField = /*#__PURE__*/ endpoint<UpdateAppTableFieldInput, UpdateAppTableFieldOutput>({
  id: 'bitable.v1.app.table.field.update',
  method: 'PUT',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/fields/:field_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string(), field_id: string() }),
      body: looseObject({
        field_name: string(),
        type: number(),
        property: optional(looseObject({
          options: optional(array(OptionSchema())),
          formatter: optional(string()),
          date_formatter: optional(string()),
          auto_fill: optional(boolean()),
          multiple: optional(boolean()),
          table_id: optional(string()),
          table_name: optional(string()),
          back_field_name: optional(string()),
          auto_serial: optional(AutoSerialSchema()),
          location: optional(looseObject({ input_type: picklist(['only_mobile', 'not_limit']) })),
          formula_expression: optional(string()),
          allowed_edit_modes: optional(AllowedEditModesSchema()),
          min: optional(number()),
          max: optional(number()),
          range_customize: optional(boolean()),
          currency_code: optional(string()),
          rating: optional(looseObject({ symbol: optional(string()) })),
          type: optional(TypeSchema()),
        })),
        description: optional(DescriptionSchema()),
        ui_type: optional(picklist([
          'Text',
          'Email',
          'Barcode',
          'Number',
          'Progress',
          'Currency',
          'Rating',
          'SingleSelect',
          'MultiSelect',
          'DateTime',
          'Checkbox',
          'User',
          'GroupChat',
          'Phone',
          'Url',
          'Attachment',
          'SingleLink',
          'Formula',
          'DuplexLink',
          'Location',
          'CreatedTime',
          'ModifiedTime',
          'CreatedUser',
          'ModifiedUser',
          'AutoNumber',
        ])),
      }),
    }),
})
