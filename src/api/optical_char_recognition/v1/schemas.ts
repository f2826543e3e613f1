// Generated from catalog/optical_char_recognition.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, string } from '../../../core/valibot.ts'
import type { BasicImageRecognizeOutput } from './image.ts'

/** Schema of {@link BasicImageRecognizeOutput}, for opt-in response validation. */
export const BasicImageRecognizeOutputSchema: GenericSchema<BasicImageRecognizeOutput> = /*#__PURE__*/ (() => looseObject({
  text_list: array(string()),
}))()
