// Generated from catalog/event.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { GetConnectionOutput } from './connection.ts'
import type { ListOutboundIpOutput } from './outbound_ip.ts'

/** Schema of {@link GetConnectionOutput}, for opt-in response validation. */
export const GetConnectionOutputSchema: GenericSchema<GetConnectionOutput> = /*#__PURE__*/ (() => looseObject({
  online_instance_cnt: optional(number()),
}))()

/** Schema of {@link ListOutboundIpOutput}, for opt-in response validation. */
export const ListOutboundIpOutputSchema: GenericSchema<ListOutboundIpOutput> = /*#__PURE__*/ (() => looseObject({
  ip_list: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()
