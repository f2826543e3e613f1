// Generated from catalog/mina.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { ValidateTokenLoginOutput } from './token_login.ts'

/** Schema of {@link ValidateTokenLoginOutput}, for opt-in response validation. */
export const ValidateTokenLoginOutputSchema: GenericSchema<ValidateTokenLoginOutput> = /*#__PURE__*/ (() => looseObject({
  open_id: optional(string()),
  employee_id: optional(string()),
  session_key: optional(string()),
  tenant_key: optional(string()),
  access_token: optional(string()),
  expires_in: optional(number()),
  refresh_token: optional(string()),
}))()
