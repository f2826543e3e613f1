// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createTicketMessage}. */
export interface CreateTicketMessageInput {
  path: { ticket_id: string }
  body: { msg_type: string; content: string }
}

/** `data` of a successful {@link createTicketMessage} response. */
export interface CreateTicketMessageOutput {
  message_id?: string
}

/**
 * `helpdesk.v1.ticket.message.create`: POST /open-apis/helpdesk/v1/tickets/:ticket_id/messages (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=helpdesk&resource=ticket.message&version=v1
 */
export const createTicketMessage = /*#__PURE__*/ endpoint<CreateTicketMessageInput, CreateTicketMessageOutput>({
  id: 'helpdesk.v1.ticket.message.create',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/tickets/:ticket_id/messages',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ ticket_id: string() }),
      body: looseObject({ msg_type: string(), content: string() }),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link listTicketMessage}. */
export interface ListTicketMessageInput {
  path: { ticket_id: string }
  query?: { time_start?: number; time_end?: number; page?: number; page_size?: number }
}

/** `data` of a successful {@link listTicketMessage} response. */
export interface ListTicketMessageOutput {
  messages?: {
    id?: string
    message_id?: string
    message_type: string
    created_at?: number
    content: string
    user_name?: string
    avatar_url?: string
    user_id?: string
  }[]
  total?: number
}

/**
 * `helpdesk.v1.ticket.message.list`: GET /open-apis/helpdesk/v1/tickets/:ticket_id/messages (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=helpdesk&resource=ticket.message&version=v1
 */
export const listTicketMessage = /*#__PURE__*/ endpoint<ListTicketMessageInput, ListTicketMessageOutput>({
  id: 'helpdesk.v1.ticket.message.list',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/tickets/:ticket_id/messages',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ ticket_id: string() }),
      query: optional(looseObject({
        time_start: optional(number()),
        time_end: optional(number()),
        page: optional(number()),
        page_size: optional(number()),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})
