// Generated from catalog/jssdk.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, number, optional, string } from '../../core/valibot.ts'
import type { GetTicketOutput } from './ticket.ts'

/** Schema of {@link GetTicketOutput}, for opt-in response validation. */
export const GetTicketOutputSchema: GenericSchema<GetTicketOutput> = /*#__PURE__*/ (() => looseObject({
  ticket: optional(string()),
  expire_in: optional(number()),
}))()
