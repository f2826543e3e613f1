// Generated from catalog/translation.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, string } from '../../../core/valibot.ts'
import type { DetectTextOutput, TranslateTextOutput } from './text.ts'

/** Schema of {@link DetectTextOutput}, for opt-in response validation. */
export const DetectTextOutputSchema: GenericSchema<DetectTextOutput> = /*#__PURE__*/ (() => looseObject({
  language: string(),
}))()

/** Schema of {@link TranslateTextOutput}, for opt-in response validation. */
export const TranslateTextOutputSchema: GenericSchema<TranslateTextOutput> = /*#__PURE__*/ (() => looseObject({
  text: string(),
}))()
