// Generated from catalog/authen.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CreateOauthTokenOutput } from './oauth.token.ts'

/** Schema of {@link CreateOauthTokenOutput}, for opt-in response validation. */
export const CreateOauthTokenOutputSchema: GenericSchema<CreateOauthTokenOutput> = /*#__PURE__*/ (() => looseObject({
  access_token: optional(string()),
  expires_in: optional(number()),
  refresh_token: optional(string()),
  refresh_token_expires_in: optional(number()),
  token_type: optional(string()),
  scope: optional(string()),
  error: optional(string()),
  error_description: optional(string()),
}))()
