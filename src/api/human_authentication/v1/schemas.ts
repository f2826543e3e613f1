// Generated from catalog/human_authentication.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, string } from '../../../core/valibot.ts'
import type { CreateIdentityOutput } from './identity.ts'

/** Schema of {@link CreateIdentityOutput}, for opt-in response validation. */
export const CreateIdentityOutputSchema: GenericSchema<CreateIdentityOutput> = /*#__PURE__*/ (() => looseObject({
  verify_uid: string(),
}))()
