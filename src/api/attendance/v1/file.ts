// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link downloadFile}. */
export interface DownloadFileInput {
  path: { file_id: string }
}

/** The file of a successful {@link downloadFile} response. */
export type DownloadFileOutput = Download

/**
 * `attendance.v1.file.download`: GET /open-apis/attendance/v1/files/:file_id/download (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=download&project=attendance&resource=file&version=v1
 */
export const downloadFile = /*#__PURE__*/ fileEndpoint<DownloadFileInput, DownloadFileOutput>({
  id: 'attendance.v1.file.download',
  method: 'GET',
  path: '/open-apis/attendance/v1/files/:file_id/download',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ file_id: string() }) }),
  download: true,
})

/** Input of {@link uploadFile}. */
export interface UploadFileInput {
  query: { file_name: string }
  body?: { file?: FileInput }
}

/** `data` of a successful {@link uploadFile} response. */
export interface UploadFileOutput {
  file?: { file_id: string }
}

/**
 * `attendance.v1.file.upload`: POST /open-apis/attendance/v1/files/upload (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload&project=attendance&resource=file&version=v1
 */
export const uploadFile = /*#__PURE__*/ fileEndpoint<UploadFileInput, UploadFileOutput>({
  id: 'attendance.v1.file.upload',
  method: 'POST',
  path: '/open-apis/attendance/v1/files/upload',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ file_name: string() }),
      body: optional(looseObject({ file: optional(file()) })),
    }),
  body: 'multipart',
})
