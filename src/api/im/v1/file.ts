// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createFile}. */
export interface CreateFileInput {
  body: {
    file_type: 'opus' | 'mp4' | 'pdf' | 'doc' | 'xls' | 'ppt' | 'stream'
    file_name: string
    duration?: number
    file: FileInput
  }
}

/** `data` of a successful {@link createFile} response. */
export interface CreateFileOutput {
  file_key?: string
}

/**
 * `im.v1.file.create`: POST /open-apis/im/v1/files (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=im&resource=file&version=v1
 */
export const createFile = /*#__PURE__*/ fileEndpoint<CreateFileInput, CreateFileOutput>({
  id: 'im.v1.file.create',
  method: 'POST',
  path: '/open-apis/im/v1/files',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        file_type: picklist(['opus', 'mp4', 'pdf', 'doc', 'xls', 'ppt', 'stream']),
        file_name: string(),
        duration: optional(number()),
        file: file(),
      }),
    }),
  body: 'multipart',
})

/** Input of {@link getFile}. */
export interface GetFileInput {
  path: { file_key: string }
}

/** The file of a successful {@link getFile} response. */
export type GetFileOutput = Download

/**
 * `im.v1.file.get`: GET /open-apis/im/v1/files/:file_key (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=im&resource=file&version=v1
 */
export const getFile = /*#__PURE__*/ fileEndpoint<GetFileInput, GetFileOutput>({
  id: 'im.v1.file.get',
  method: 'GET',
  path: '/open-apis/im/v1/files/:file_key',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ file_key: string() }) }),
  download: true,
})
