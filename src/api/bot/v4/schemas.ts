// Generated from catalog/bot.v4.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import type { SearchBotOutput } from './bot.ts'

/** Schema of {@link SearchBotOutput}, for opt-in response validation. */
export const SearchBotOutputSchema: GenericSchema<SearchBotOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    id: string(),
    display_info: optional(string()),
    meta_data: optional(looseObject({
      tenant_id: optional(string()),
      enable_join_group: optional(boolean()),
      chat_id: optional(string()),
      is_agent: optional(boolean()),
    })),
  })),
  has_more: boolean(),
  page_token: optional(string()),
  notice: optional(string()),
}))()
