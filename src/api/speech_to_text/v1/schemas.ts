// Generated from catalog/speech_to_text.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, number, string } from '../../../core/valibot.ts'
import type { FileSpeechRecognizeOutput, StreamSpeechRecognizeOutput } from './speech.ts'

/** Schema of {@link FileSpeechRecognizeOutput}, for opt-in response validation. */
export const FileSpeechRecognizeOutputSchema: GenericSchema<FileSpeechRecognizeOutput> = /*#__PURE__*/ (() => looseObject({
  recognition_text: string(),
}))()

/** Schema of {@link StreamSpeechRecognizeOutput}, for opt-in response validation. */
export const StreamSpeechRecognizeOutputSchema: GenericSchema<StreamSpeechRecognizeOutput> = /*#__PURE__*/ (() => looseObject({
  stream_id: string(),
  sequence_id: number(),
  recognition_text: string(),
}))()
