// Generated from catalog/bot.v3.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { GetBotInfoOutput } from './bot_info.ts'

/** Schema of {@link GetBotInfoOutput}, for opt-in response validation. */
export const GetBotInfoOutputSchema: GenericSchema<GetBotInfoOutput> = /*#__PURE__*/ (() => looseObject({
  bot: optional(looseObject({
    activate_status: optional(picklist([0, 1, 2, 3, 4, 5, 6])),
    app_name: optional(string()),
    avatar_url: optional(string()),
    ip_white_list: optional(array(string())),
    open_id: optional(string()),
  })),
}))()
