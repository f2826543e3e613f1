// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { RichDescriptionSchema } from './models.ts'
import type { RichDescription } from './types.ts'

/** Input of {@link listAppTableFormField}. */
export interface ListAppTableFormFieldInput {
  path: { app_token: string; table_id: string; form_id: string }
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listAppTableFormField} response. */
export interface ListAppTableFormFieldOutput {
  items: {
    field_id?: string
    title?: string
    description?: string
    required?: boolean
    visible?: boolean
    rich_description?: RichDescription[]
  }[]
  page_token: string
  has_more: boolean
  total: number
}

/**
 * `bitable.v1.app.table.form.field.list`: GET /open-apis/bitable/v1/apps/:app_token/tables/:table_id/forms/:form_id/fields (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=bitable&resource=app.table.form.field&version=v1
 */
export const listAppTableFormField = /*#__PURE__*/ endpoint<ListAppTableFormFieldInput, ListAppTableFormFieldOutput, true>({
  id: 'bitable.v1.app.table.form.field.list',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/forms/:form_id/fields',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string(), form_id: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchAppTableFormField}. */
export interface PatchAppTableFormFieldInput {
  path: { app_token: string; table_id: string; form_id: string; field_id: string }
  body?: {
    pre_field_id?: string
    title?: string
    description?: string
    required?: boolean
    visible?: boolean
    rich_description?: RichDescription[]
  }
}

/** `data` of a successful {@link patchAppTableFormField} response. */
export interface PatchAppTableFormFieldOutput {
  fields?: {
    pre_field_id?: string
    title?: string
    description?: string
    required?: boolean
    visible?: boolean
    rich_description?: RichDescription[]
  }
}

/**
 * `bitable.v1.app.table.form.field.patch`: PATCH /open-apis/bitable/v1/apps/:app_token/tables/:table_id/forms/:form_id/fields/:field_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=bitable&resource=app.table.form.field&version=v1
 */
export const patchAppTableFormField = /*#__PURE__*/ endpoint<PatchAppTableFormFieldInput, PatchAppTableFormFieldOutput>({
  id: 'bitable.v1.app.table.form.field.patch',
  method: 'PATCH',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/forms/:form_id/fields/:field_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string(), form_id: string(), field_id: string() }),
      body: optional(looseObject({
        pre_field_id: optional(string()),
        title: optional(string()),
        description: optional(string()),
        required: optional(boolean()),
        visible: optional(boolean()),
        rich_description: optional(array(RichDescriptionSchema())),
      })),
    }),
})
