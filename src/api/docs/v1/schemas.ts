// Generated from catalog/docs.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { GetContentOutput } from './content.ts'

/** Schema of {@link GetContentOutput}, for opt-in response validation. */
export const GetContentOutputSchema: GenericSchema<GetContentOutput> = /*#__PURE__*/ (() => looseObject({
  content: optional(string()),
}))()
