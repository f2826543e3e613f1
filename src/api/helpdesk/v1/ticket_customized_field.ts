// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CreatedBy, Item } from './types.ts'

/** Input of {@link createTicketCustomizedField}. */
export interface CreateTicketCustomizedFieldInput {
  body: {
    helpdesk_id?: string
    key_name: string
    display_name: string
    position: string
    field_type: string
    description: string
    visible: boolean
    editable?: boolean
    required: boolean
    dropdown_allow_multiple?: boolean
  }
}

/** `data` of a successful {@link createTicketCustomizedField} response. */
export type CreateTicketCustomizedFieldOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.ticket_customized_field.create`: POST /open-apis/helpdesk/v1/ticket_customized_fields (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=helpdesk&resource=ticket_customized_field&version=v1
 */
export const createTicketCustomizedField = /*#__PURE__*/ endpoint<CreateTicketCustomizedFieldInput, CreateTicketCustomizedFieldOutput>({
  id: 'helpdesk.v1.ticket_customized_field.create',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/ticket_customized_fields',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        helpdesk_id: optional(string()),
        key_name: string(),
        display_name: string(),
        position: string(),
        field_type: string(),
        description: string(),
        visible: boolean(),
        editable: optional(boolean()),
        required: boolean(),
        dropdown_allow_multiple: optional(boolean()),
      }),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link deleteTicketCustomizedField}. */
export interface DeleteTicketCustomizedFieldInput {
  path: { ticket_customized_field_id: string }
}

/** `data` of a successful {@link deleteTicketCustomizedField} response. */
export type DeleteTicketCustomizedFieldOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.ticket_customized_field.delete`: DELETE /open-apis/helpdesk/v1/ticket_customized_fields/:ticket_customized_field_id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=helpdesk&resource=ticket_customized_field&version=v1
 */
export const deleteTicketCustomizedField = /*#__PURE__*/ endpoint<DeleteTicketCustomizedFieldInput, DeleteTicketCustomizedFieldOutput>({
  id: 'helpdesk.v1.ticket_customized_field.delete',
  method: 'DELETE',
  path: '/open-apis/helpdesk/v1/ticket_customized_fields/:ticket_customized_field_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ ticket_customized_field_id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link getTicketCustomizedField}. */
export interface GetTicketCustomizedFieldInput {
  path: { ticket_customized_field_id: string }
}

/** `data` of a successful {@link getTicketCustomizedField} response. */
export interface GetTicketCustomizedFieldOutput {
  ticket_customized_field_id: string
  helpdesk_id?: string
  key_name: string
  display_name: string
  position: string
  field_type: string
  description: string
  visible: boolean
  editable?: boolean
  required: boolean
  created_at?: string
  updated_at?: string
  created_by?: CreatedBy
  updated_by?: CreatedBy
  dropdown_allow_multiple?: boolean
}

/**
 * `helpdesk.v1.ticket_customized_field.get`: GET /open-apis/helpdesk/v1/ticket_customized_fields/:ticket_customized_field_id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=helpdesk&resource=ticket_customized_field&version=v1
 */
export const getTicketCustomizedField = /*#__PURE__*/ endpoint<GetTicketCustomizedFieldInput, GetTicketCustomizedFieldOutput>({
  id: 'helpdesk.v1.ticket_customized_field.get',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/ticket_customized_fields/:ticket_customized_field_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ ticket_customized_field_id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link listTicketCustomizedField}. */
export interface ListTicketCustomizedFieldInput {
  query?: { page_token?: string; page_size?: number }
  body?: { visible?: boolean }
}

/** `data` of a successful {@link listTicketCustomizedField} response. */
export interface ListTicketCustomizedFieldOutput {
  has_more?: boolean
  next_page_token?: string
  items?: Item[]
}

/**
 * `helpdesk.v1.ticket_customized_field.list`: GET /open-apis/helpdesk/v1/ticket_customized_fields (tenant or user token).
 *
 * Paginated over `items` (next token in `next_page_token`).
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=helpdesk&resource=ticket_customized_field&version=v1
 */
export const listTicketCustomizedField = /*#__PURE__*/ endpoint<ListTicketCustomizedFieldInput, ListTicketCustomizedFieldOutput, true>({
  id: 'helpdesk.v1.ticket_customized_field.list',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/ticket_customized_fields',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })),
      body: optional(looseObject({ visible: optional(boolean()) })),
    }),
  page: { items: 'items', next: 'next_page_token' },
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link patchTicketCustomizedField}. */
export interface PatchTicketCustomizedFieldInput {
  path: { ticket_customized_field_id: string }
  body?: { display_name?: string; position?: string; description?: string; visible?: boolean; required?: boolean }
}

/** `data` of a successful {@link patchTicketCustomizedField} response. */
export type PatchTicketCustomizedFieldOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.ticket_customized_field.patch`: PATCH /open-apis/helpdesk/v1/ticket_customized_fields/:ticket_customized_field_id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=helpdesk&resource=ticket_customized_field&version=v1
 */
export const patchTicketCustomizedField = /*#__PURE__*/ endpoint<PatchTicketCustomizedFieldInput, PatchTicketCustomizedFieldOutput>({
  id: 'helpdesk.v1.ticket_customized_field.patch',
  method: 'PATCH',
  path: '/open-apis/helpdesk/v1/ticket_customized_fields/:ticket_customized_field_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ ticket_customized_field_id: string() }),
      body: optional(looseObject({
        display_name: optional(string()),
        position: optional(string()),
        description: optional(string()),
        visible: optional(boolean()),
        required: optional(boolean()),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})
