// Generated from catalog/interactive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, record, string, unknown } from '../../../core/valibot.ts'

/** Input of {@link updateCard}. */
export interface UpdateCardInput {
  body: { token: string; card: { [key: string]: unknown } }
}

/** `data` of a successful {@link updateCard} response. */
export type UpdateCardOutput = { [key: string]: unknown }

/**
 * `interactive.v1.card.update`: POST /open-apis/interactive/v1/card/update (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/im-v1/message-card/delay-update-message-card
 */
export const updateCard = /*#__PURE__*/ endpoint<UpdateCardInput, UpdateCardOutput>({
  id: 'interactive.v1.card.update',
  method: 'POST',
  path: '/open-apis/interactive/v1/card/update',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ token: string(), card: record(string(), unknown()) }) }),
})
