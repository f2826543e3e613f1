// Generated from catalog/speech_to_text.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, string } from '../../../core/valibot.ts'
import { SpeechSchema } from './models.ts'
import type { Speech } from './types.ts'

/** Input of {@link fileSpeechRecognize}. */
export interface FileSpeechRecognizeInput {
  body: { speech: Speech; config: { file_id: string; format: string; engine_type: string } }
}

/** `data` of a successful {@link fileSpeechRecognize} response. */
export interface FileSpeechRecognizeOutput {
  recognition_text: string
}

/**
 * `speech_to_text.v1.speech.file_recognize`: POST /open-apis/speech_to_text/v1/speech/file_recognize (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=file_recognize&project=speech_to_text&resource=speech&version=v1
 */
export const fileSpeechRecognize = /*#__PURE__*/ endpoint<FileSpeechRecognizeInput, FileSpeechRecognizeOutput>({
  id: 'speech_to_text.v1.speech.file_recognize',
  method: 'POST',
  path: '/open-apis/speech_to_text/v1/speech/file_recognize',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        speech: SpeechSchema(),
        config: looseObject({ file_id: string(), format: string(), engine_type: string() }),
      }),
    }),
})

/** Input of {@link streamSpeechRecognize}. */
export interface StreamSpeechRecognizeInput {
  body: {
    speech: Speech
    config: { stream_id: string; sequence_id: number; action: number; format: string; engine_type: string }
  }
}

/** `data` of a successful {@link streamSpeechRecognize} response. */
export interface StreamSpeechRecognizeOutput {
  stream_id: string
  sequence_id: number
  recognition_text: string
}

/**
 * `speech_to_text.v1.speech.stream_recognize`: POST /open-apis/speech_to_text/v1/speech/stream_recognize (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=stream_recognize&project=speech_to_text&resource=speech&version=v1
 */
export const streamSpeechRecognize = /*#__PURE__*/ endpoint<StreamSpeechRecognizeInput, StreamSpeechRecognizeOutput>({
  id: 'speech_to_text.v1.speech.stream_recognize',
  method: 'POST',
  path: '/open-apis/speech_to_text/v1/speech/stream_recognize',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        speech: SpeechSchema(),
        config: looseObject({
          stream_id: string(),
          sequence_id: number(),
          action: number(),
          format: string(),
          engine_type: string(),
        }),
      }),
    }),
})
