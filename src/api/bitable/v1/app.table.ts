// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { AllowedEditModesSchema, AutoSerialSchema, DescriptionSchema, OptionSchema } from './models.ts'
import type { AllowedEditModes, AutoSerial, Description, Option } from './types.ts'

/** Input of {@link batchCreateAppTable}. */
export interface BatchCreateAppTableInput {
  path: { app_token: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { tables?: { name?: string }[] }
}

/** `data` of a successful {@link batchCreateAppTable} response. */
export interface BatchCreateAppTableOutput {
  table_ids?: string[]
}

/**
 * `bitable.v1.app.table.batch_create`: POST /open-apis/bitable/v1/apps/:app_token/tables/batch_create (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=bitable&resource=app.table&version=v1
 */
export const batchCreateAppTable = /*#__PURE__*/ endpoint<BatchCreateAppTableInput, BatchCreateAppTableOutput>({
  id: 'bitable.v1.app.table.batch_create',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/batch_create',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({ tables: optional(array(looseObject({ name: optional(string()) }))) })),
    }),
})

/** Input of {@link batchDeleteAppTable}. */
export interface BatchDeleteAppTableInput {
  path: { app_token: string }
  body?: { table_ids?: string[] }
}

/** `data` of a successful {@link batchDeleteAppTable} response. */
export type BatchDeleteAppTableOutput = { [key: string]: unknown }

/**
 * `bitable.v1.app.table.batch_delete`: POST /open-apis/bitable/v1/apps/:app_token/tables/batch_delete (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=bitable&resource=app.table&version=v1
 */
export const batchDeleteAppTable = /*#__PURE__*/ endpoint<BatchDeleteAppTableInput, BatchDeleteAppTableOutput>({
  id: 'bitable.v1.app.table.batch_delete',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/batch_delete',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string() }),
      body: optional(looseObject({ table_ids: optional(array(string())) })),
    }),
})

/** Input of {@link createAppTable}. */
export interface CreateAppTableInput {
  path: { app_token: string }
  body?: {
    table?: {
      name?: string
      default_view_name?: string
      fields?: {
        field_name: string
        type: number
        ui_type?:
          | 'Text'
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
        }
        description?: Description
      }[]
    }
  }
}

/** `data` of a successful {@link createAppTable} response. */
export interface CreateAppTableOutput {
  table_id?: string
  default_view_id?: string
  field_id_list?: string[]
}

/**
 * `bitable.v1.app.table.create`: POST /open-apis/bitable/v1/apps/:app_token/tables (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=bitable&resource=app.table&version=v1
 */
export const createAppTable = /*#__PURE__*/ endpoint<CreateAppTableInput, CreateAppTableOutput>({
  id: 'bitable.v1.app.table.create',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string() }),
      body: optional(looseObject({
        table: optional(looseObject({
          name: optional(string()),
          default_view_name: optional(string()),
          fields: optional(array(looseObject({
            field_name: string(),
            type: number(),
            ui_type: optional(picklist([
              'Text',
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
            })),
            description: optional(DescriptionSchema()),
          }))),
        })),
      })),
    }),
})

/** Input of {@link deleteAppTable}. */
export interface DeleteAppTableInput {
  path: { app_token: string; table_id: string }
}

/** `data` of a successful {@link deleteAppTable} response. */
export type DeleteAppTableOutput = { [key: string]: unknown }

/**
 * `bitable.v1.app.table.delete`: DELETE /open-apis/bitable/v1/apps/:app_token/tables/:table_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=bitable&resource=app.table&version=v1
 */
export const deleteAppTable = /*#__PURE__*/ endpoint<DeleteAppTableInput, DeleteAppTableOutput>({
  id: 'bitable.v1.app.table.delete',
  method: 'DELETE',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ app_token: string(), table_id: string() }) }),
})

/** Input of {@link listAppTable}. */
export interface ListAppTableInput {
  path: { app_token: string }
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listAppTable} response. */
export interface ListAppTableOutput {
  has_more?: boolean
  page_token?: string
  total?: number
  items?: { table_id?: string; revision?: number; name?: string }[]
}

/**
 * `bitable.v1.app.table.list`: GET /open-apis/bitable/v1/apps/:app_token/tables (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=bitable&resource=app.table&version=v1
 */
export const listAppTable = /*#__PURE__*/ endpoint<ListAppTableInput, ListAppTableOutput, true>({
  id: 'bitable.v1.app.table.list',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/tables',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchAppTable}. */
export interface PatchAppTableInput {
  path: { app_token: string; table_id: string }
  body?: { name?: string }
}

/** `data` of a successful {@link patchAppTable} response. */
export interface PatchAppTableOutput {
  name?: string
}

/**
 * `bitable.v1.app.table.patch`: PATCH /open-apis/bitable/v1/apps/:app_token/tables/:table_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=bitable&resource=app.table&version=v1
 */
export const patchAppTable = /*#__PURE__*/ endpoint<PatchAppTableInput, PatchAppTableOutput>({
  id: 'bitable.v1.app.table.patch',
  method: 'PATCH',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      body: optional(looseObject({ name: optional(string()) })),
    }),
})
