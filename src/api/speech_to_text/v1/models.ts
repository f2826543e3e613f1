// Generated from catalog/speech_to_text.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { Speech } from './types.ts'

/** Builds the schema of {@link Speech}. */
export function SpeechSchema(): GenericSchema<Speech> {
  return looseObject({ speech: optional(string()), speech_key: optional(string()) })
}
