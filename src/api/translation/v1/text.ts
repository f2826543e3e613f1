// Generated from catalog/translation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link detectText}. */
export interface DetectTextInput {
  body: { text: string }
}

/** `data` of a successful {@link detectText} response. */
export interface DetectTextOutput {
  language: string
}

/**
 * `translation.v1.text.detect`: POST /open-apis/translation/v1/text/detect (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=detect&project=translation&resource=text&version=v1
 */
export const detectText = /*#__PURE__*/ endpoint<DetectTextInput, DetectTextOutput>({
  id: 'translation.v1.text.detect',
  method: 'POST',
  path: '/open-apis/translation/v1/text/detect',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ text: string() }) }),
})

/** Input of {@link translateText}. */
export interface TranslateTextInput {
  body: { source_language: string; text: string; target_language: string; glossary?: { from: string; to: string }[] }
}

/** `data` of a successful {@link translateText} response. */
export interface TranslateTextOutput {
  text: string
}

/**
 * `translation.v1.text.translate`: POST /open-apis/translation/v1/text/translate (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=translate&project=translation&resource=text&version=v1
 */
export const translateText = /*#__PURE__*/ endpoint<TranslateTextInput, TranslateTextOutput>({
  id: 'translation.v1.text.translate',
  method: 'POST',
  path: '/open-apis/translation/v1/text/translate',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        source_language: string(),
        text: string(),
        target_language: string(),
        glossary: optional(array(looseObject({ from: string(), to: string() }))),
      }),
    }),
})
