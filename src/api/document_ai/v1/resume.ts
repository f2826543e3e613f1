// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'
import type { Resume } from './types.ts'

/** Input of {@link parseResume}. */
export interface ParseResumeInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link parseResume} response. */
export interface ParseResumeOutput {
  resumes?: Resume[]
}

/**
 * `document_ai.v1.resume.parse`: POST /open-apis/document_ai/v1/resume/parse (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=parse&project=document_ai&resource=resume&version=v1
 */
export const parseResume = /*#__PURE__*/ fileEndpoint<ParseResumeInput, ParseResumeOutput>({
  id: 'document_ai.v1.resume.parse',
  method: 'POST',
  path: '/open-apis/document_ai/v1/resume/parse',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
