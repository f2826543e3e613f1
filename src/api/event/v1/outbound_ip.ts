// Generated from catalog/event.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link listOutboundIp}. */
export interface ListOutboundIpInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listOutboundIp} response. */
export interface ListOutboundIpOutput {
  ip_list?: string[]
  page_token?: string
  has_more?: boolean
}

/**
 * `event.v1.outbound_ip.list`: GET /open-apis/event/v1/outbound_ip (tenant token).
 *
 * Paginated over `ip_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=event&resource=outbound_ip&version=v1
 */
export const listOutboundIp = /*#__PURE__*/ endpoint<ListOutboundIpInput, ListOutboundIpOutput, true>({
  id: 'event.v1.outbound_ip.list',
  method: 'GET',
  path: '/open-apis/event/v1/outbound_ip',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'ip_list' },
})
