// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Item, Ticket } from './types.ts'

/** Input of {@link answerTicketUserQuery}. */
export interface AnswerTicketUserQueryInput {
  path: { ticket_id: string }
  body: { event_id: string; faqs?: { id?: string; score?: number }[] }
}

/** `data` of a successful {@link answerTicketUserQuery} response. */
export type AnswerTicketUserQueryOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.ticket.answer_user_query`: POST /open-apis/helpdesk/v1/tickets/:ticket_id/answer_user_query (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=answer_user_query&project=helpdesk&resource=ticket&version=v1
 */
export const answerTicketUserQuery = /*#__PURE__*/ endpoint<AnswerTicketUserQueryInput, AnswerTicketUserQueryOutput>({
  id: 'helpdesk.v1.ticket.answer_user_query',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/tickets/:ticket_id/answer_user_query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ ticket_id: string() }),
      body: looseObject({
        event_id: string(),
        faqs: optional(array(looseObject({ id: optional(string()), score: optional(number()) }))),
      }),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link customizedTicketFields}. */
export interface CustomizedTicketFieldsInput {
  query?: { visible_only?: boolean }
}

/** `data` of a successful {@link customizedTicketFields} response. */
export interface CustomizedTicketFieldsOutput {
  user_customized_fields?: {
    user_customized_field_id?: string
    id?: string
    helpdesk_id?: string
    key_name?: string
    display_name?: string
    position?: string
    field_type?: string
    description?: string
    visible?: boolean
    editable?: boolean
    required?: boolean
    created_at?: string
    updated_at?: string
  }[]
  ticket_customized_fields?: Item[]
}

/**
 * `helpdesk.v1.ticket.customized_fields`: GET /open-apis/helpdesk/v1/customized_fields (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=customized_fields&project=helpdesk&resource=ticket&version=v1
 */
export const customizedTicketFields = /*#__PURE__*/ endpoint<CustomizedTicketFieldsInput, CustomizedTicketFieldsOutput>({
  id: 'helpdesk.v1.ticket.customized_fields',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/customized_fields',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ query: optional(looseObject({ visible_only: optional(boolean()) })) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link getTicket}. */
export interface GetTicketInput {
  path: { ticket_id: string }
}

/** `data` of a successful {@link getTicket} response. */
export interface GetTicketOutput {
  ticket?: Ticket
}

/**
 * `helpdesk.v1.ticket.get`: GET /open-apis/helpdesk/v1/tickets/:ticket_id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=helpdesk&resource=ticket&version=v1
 */
export const getTicket = /*#__PURE__*/ endpoint<GetTicketInput, GetTicketOutput>({
  id: 'helpdesk.v1.ticket.get',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/tickets/:ticket_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ ticket_id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link listTicket}. */
export interface ListTicketInput {
  query?: {
    ticket_id?: string
    agent_id?: string
    closed_by_id?: string
    type?: number
    channel?: number
    solved?: number
    score?: number
    status_list?: number[]
    guest_name?: string
    guest_id?: string
    tags?: string[]
    page?: number
    page_size?: number
    create_time_start?: number
    create_time_end?: number
    update_time_start?: number
    update_time_end?: number
  }
}

/** `data` of a successful {@link listTicket} response. */
export interface ListTicketOutput {
  total?: number
  tickets?: Ticket[]
}

/**
 * `helpdesk.v1.ticket.list`: GET /open-apis/helpdesk/v1/tickets (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=helpdesk&resource=ticket&version=v1
 */
export const listTicket = /*#__PURE__*/ endpoint<ListTicketInput, ListTicketOutput>({
  id: 'helpdesk.v1.ticket.list',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/tickets',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        ticket_id: optional(string()),
        agent_id: optional(string()),
        closed_by_id: optional(string()),
        type: optional(number()),
        channel: optional(number()),
        solved: optional(number()),
        score: optional(number()),
        status_list: optional(array(number())),
        guest_name: optional(string()),
        guest_id: optional(string()),
        tags: optional(array(string())),
        page: optional(number()),
        page_size: optional(number()),
        create_time_start: optional(number()),
        create_time_end: optional(number()),
        update_time_start: optional(number()),
        update_time_end: optional(number()),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link startTicketService}. */
export interface StartTicketServiceInput {
  body: { human_service?: boolean; appointed_agents?: string[]; open_id: string; customized_info?: string }
}

/** `data` of a successful {@link startTicketService} response. */
export interface StartTicketServiceOutput {
  chat_id: string
  ticket_id?: string
}

/**
 * `helpdesk.v1.ticket.start_service`: POST /open-apis/helpdesk/v1/start_service (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=start_service&project=helpdesk&resource=ticket&version=v1
 */
export const startTicketService = /*#__PURE__*/ endpoint<StartTicketServiceInput, StartTicketServiceOutput>({
  id: 'helpdesk.v1.ticket.start_service',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/start_service',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        human_service: optional(boolean()),
        appointed_agents: optional(array(string())),
        open_id: string(),
        customized_info: optional(string()),
      }),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link ticketTicketImage}. */
export interface TicketTicketImageInput {
  query: { ticket_id: string; msg_id: string; index?: number }
}

/** The file of a successful {@link ticketTicketImage} response. */
export type TicketTicketImageOutput = Download

/**
 * `helpdesk.v1.ticket.ticket_image`: GET /open-apis/helpdesk/v1/ticket_images (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=ticket_image&project=helpdesk&resource=ticket&version=v1
 */
export const ticketTicketImage = /*#__PURE__*/ fileEndpoint<TicketTicketImageInput, TicketTicketImageOutput>({
  id: 'helpdesk.v1.ticket.ticket_image',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/ticket_images',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ query: looseObject({ ticket_id: string(), msg_id: string(), index: optional(number()) }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
  download: true,
})

/** Input of {@link updateTicket}. */
export interface UpdateTicketInput {
  path: { ticket_id: string }
  body?: {
    status?: number
    tag_names?: string[]
    comment?: string
    customized_fields?: { id?: string; value?: string; key_name?: string }[]
    ticket_type?: number
    solved?: number
    channel?: number
  }
}

/** `data` of a successful {@link updateTicket} response. */
export type UpdateTicketOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.ticket.update`: PUT /open-apis/helpdesk/v1/tickets/:ticket_id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=helpdesk&resource=ticket&version=v1
 */
export const updateTicket = /*#__PURE__*/ endpoint<UpdateTicketInput, UpdateTicketOutput>({
  id: 'helpdesk.v1.ticket.update',
  method: 'PUT',
  path: '/open-apis/helpdesk/v1/tickets/:ticket_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ ticket_id: string() }),
      body: optional(looseObject({
        status: optional(number()),
        tag_names: optional(array(string())),
        comment: optional(string()),
        customized_fields: optional(array(looseObject({
          id: optional(string()),
          value: optional(string()),
          key_name: optional(string()),
        }))),
        ticket_type: optional(number()),
        solved: optional(number()),
        channel: optional(number()),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})
