// Generated from catalog/passport.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { UpdatePasswordOutput } from './password.ts'
import type { LogoutSessionOutput, QuerySessionOutput } from './session.ts'

/** Schema of {@link UpdatePasswordOutput}, for opt-in response validation. */
export const UpdatePasswordOutputSchema: GenericSchema<UpdatePasswordOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link LogoutSessionOutput}, for opt-in response validation. */
export const LogoutSessionOutputSchema: GenericSchema<LogoutSessionOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link QuerySessionOutput}, for opt-in response validation. */
export const QuerySessionOutputSchema: GenericSchema<QuerySessionOutput> = /*#__PURE__*/ (() => looseObject({
  mask_sessions: optional(array(looseObject({
    create_time: optional(string()),
    terminal_type: optional(number()),
    user_id: optional(string()),
    sid: optional(string()),
  }))),
}))()
