// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import type { File } from './types.ts'

/** Input of {@link createFile}. */
export interface CreateFileInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link createFile} response. */
export interface CreateFileOutput {
  files?: File[]
}

/**
 * `aily.v1.file.create`: POST /open-apis/aily/v1/files (tenant or user token).
 *
 * Multipart body.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 * Loosely typed: aily help-center page not found; fields from a typed SDK definition (aily_message_file) and client code
 *
 * @see https://aily.feishu.cn/hc/8qluoxsa/q57yth16
 */
export const createFile = /*#__PURE__*/ fileEndpoint<CreateFileInput, CreateFileOutput>({
  id: 'aily.v1.file.create',
  method: 'POST',
  path: '/open-apis/aily/v1/files',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})

/** Input of {@link getFile}. */
export interface GetFileInput {
  path: { file_id: string }
  query?: { with_preview_url?: boolean }
}

/** `data` of a successful {@link getFile} response. */
export interface GetFileOutput {
  file?: File
}

/**
 * `aily.v1.file.get`: GET /open-apis/aily/v1/files/:file_id (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 * Loosely typed: aily help-center page not found; fields from a typed SDK definition (aily_message_file) and client code
 *
 * @see https://aily.feishu.cn/hc/8qluoxsa/q57yth16
 */
export const getFile = /*#__PURE__*/ endpoint<GetFileInput, GetFileOutput>({
  id: 'aily.v1.file.get',
  method: 'GET',
  path: '/open-apis/aily/v1/files/:file_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_id: string() }),
      query: optional(looseObject({ with_preview_url: optional(boolean()) })),
    }),
})
