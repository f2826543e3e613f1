// Generated from catalog/verification.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import type { GetVerificationOutput } from './verification.ts'

/** Schema of {@link GetVerificationOutput}, for opt-in response validation. */
export const GetVerificationOutputSchema: GenericSchema<GetVerificationOutput> = /*#__PURE__*/ (() => looseObject({
  verification: optional(looseObject({ name: string(), has_verification: boolean() })),
}))()
