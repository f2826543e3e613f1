// Generated from catalog/search.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import type { SearchUserOutput } from './user.ts'

/** Schema of {@link SearchUserOutput}, for opt-in response validation. */
export const SearchUserOutputSchema: GenericSchema<SearchUserOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  users: optional(array(looseObject({
    avatar: optional(looseObject({
      avatar_72: optional(string()),
      avatar_240: optional(string()),
      avatar_640: optional(string()),
      avatar_origin: optional(string()),
    })),
    department_ids: optional(array(string())),
    name: optional(string()),
    open_id: optional(string()),
    user_id: optional(string()),
  }))),
}))()
