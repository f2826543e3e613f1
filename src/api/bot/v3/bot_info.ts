// Generated from catalog/bot.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link getBotInfo}. */
export type GetBotInfoInput = { [key: string]: never }

/** Body of a successful {@link getBotInfo} response. */
export interface GetBotInfoOutput {
  bot?: {
    activate_status?: 0 | 1 | 2 | 3 | 4 | 5 | 6
    app_name?: string
    avatar_url?: string
    ip_white_list?: string[]
    open_id?: string
  }
}

/**
 * `bot.v3.bot_info.get`: GET /open-apis/bot/v3/info (tenant token).
 *
 * Responds without the `{ code, msg, data }` envelope.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/client-docs/bot-v3/obtain-bot-info
 */
export const getBotInfo = /*#__PURE__*/ endpoint<GetBotInfoInput, GetBotInfoOutput>({
  id: 'bot.v3.bot_info.get',
  method: 'GET',
  path: '/open-apis/bot/v3/info',
  tokens: ['tenant'],
  flat: true,
})
