// Generated from catalog/mdm.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject } from '../../../core/valibot.ts'
import type { BindUserAuthDataRelationOutput, UnbindUserAuthDataRelationOutput } from './user_auth_data_relation.ts'

/** Schema of {@link BindUserAuthDataRelationOutput}, for opt-in response validation. */
export const BindUserAuthDataRelationOutputSchema: GenericSchema<BindUserAuthDataRelationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnbindUserAuthDataRelationOutput}, for opt-in response validation. */
export const UnbindUserAuthDataRelationOutputSchema: GenericSchema<UnbindUserAuthDataRelationOutput> = /*#__PURE__*/ (() => looseObject({
}))()
