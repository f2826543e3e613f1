// Generated from catalog/jssdk.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../core/endpoint.ts'

/** Input of {@link getTicket}. */
export type GetTicketInput = { [key: string]: never }

/** `data` of a successful {@link getTicket} response. */
export interface GetTicketOutput {
  ticket?: string
  expire_in?: number
}

/**
 * `jssdk.ticket.get`: POST /open-apis/jssdk/ticket/get (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/authentication-management/access-token/authorization
 */
export const getTicket = /*#__PURE__*/ endpoint<GetTicketInput, GetTicketOutput>({
  id: 'jssdk.ticket.get',
  method: 'POST',
  path: '/open-apis/jssdk/ticket/get',
  tokens: ['tenant'],
})
