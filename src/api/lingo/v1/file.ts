// Generated from catalog/lingo.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link downloadFile}. */
export interface DownloadFileInput {
  path: { file_token: string }
}

/** The file of a successful {@link downloadFile} response. */
export type DownloadFileOutput = Download

/**
 * `lingo.v1.file.download`: GET /open-apis/lingo/v1/files/:file_token/download (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=download&project=lingo&resource=file&version=v1
 */
export const downloadFile = /*#__PURE__*/ fileEndpoint<DownloadFileInput, DownloadFileOutput>({
  id: 'lingo.v1.file.download',
  method: 'GET',
  path: '/open-apis/lingo/v1/files/:file_token/download',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ file_token: string() }) }),
  download: true,
})

/** Input of {@link uploadFile}. */
export interface UploadFileInput {
  body: { name: string; file: FileInput }
}

/** `data` of a successful {@link uploadFile} response. */
export interface UploadFileOutput {
  file_token?: string
}

/**
 * `lingo.v1.file.upload`: POST /open-apis/lingo/v1/files/upload (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload&project=lingo&resource=file&version=v1
 */
export const uploadFile = /*#__PURE__*/ fileEndpoint<UploadFileInput, UploadFileOutput>({
  id: 'lingo.v1.file.upload',
  method: 'POST',
  path: '/open-apis/lingo/v1/files/upload',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ name: string(), file: file() }) }),
  body: 'multipart',
})
