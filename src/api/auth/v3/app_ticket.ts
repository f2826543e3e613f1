// Generated from catalog/auth.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link resendAppTicket}. */
export interface ResendAppTicketInput {
  body: { app_id: string; app_secret: string }
}

/** Body of a successful {@link resendAppTicket} response. */
export type ResendAppTicketOutput = { [key: string]: unknown }

/**
 * `auth.v3.app_ticket.resend`: POST /open-apis/auth/v3/app_ticket/resend (no token).
 *
 * Responds without the `{ code, msg, data }` envelope.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=resend&project=auth&resource=app_ticket&version=v3
 */
export const resendAppTicket = /*#__PURE__*/ endpoint<ResendAppTicketInput, ResendAppTicketOutput>({
  id: 'auth.v3.app_ticket.resend',
  method: 'POST',
  path: '/open-apis/auth/v3/app_ticket/resend',
  tokens: [],
  input: () => looseObject({ body: looseObject({ app_id: string(), app_secret: string() }) }),
  flat: true,
})
