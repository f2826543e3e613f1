// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createMyAiSipEventCard}. */
export interface CreateMyAiSipEventCardInput {
  body?: { theme?: string; number?: number; size?: string }
}

/** `data` of a successful {@link createMyAiSipEventCard} response. */
export interface CreateMyAiSipEventCardOutput {
  hint?: string
  result?: string
  present?: {
    type: string
    body: string
    operation_type?: string
    interactable?: boolean
    operation_url?: string
    callback_url?: string
    callback_info?: string
    card_template_id?: string
    card_variables?: { text?: string; image_key?: string }
  }
}

/**
 * `vc.v1.my_ai_sip.create_event_card`: POST /open-apis/vc/v1/my_ai_sip/create_event_card (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create_event_card&project=vc&resource=my_ai_sip&version=v1
 */
export const createMyAiSipEventCard = /*#__PURE__*/ endpoint<CreateMyAiSipEventCardInput, CreateMyAiSipEventCardOutput>({
  id: 'vc.v1.my_ai_sip.create_event_card',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_sip/create_event_card',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({ theme: optional(string()), number: optional(number()), size: optional(string()) })),
    }),
})
