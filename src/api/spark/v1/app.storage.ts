// Generated from catalog/spark.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link downloadAppStorage}. */
export interface DownloadAppStorageInput {
  path: { app_id: string }
  query?: { file_key?: string; file_url?: string }
}

/** The file of a successful {@link downloadAppStorage} response. */
export type DownloadAppStorageOutput = Download

/**
 * `spark.v1.app.storage.download`: GET /open-apis/spark/v1/apps/:app_id/storage (user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=download&project=spark&resource=app.storage&version=v1
 */
export const downloadAppStorage = /*#__PURE__*/ fileEndpoint<DownloadAppStorageInput, DownloadAppStorageOutput>({
  id: 'spark.v1.app.storage.download',
  method: 'GET',
  path: '/open-apis/spark/v1/apps/:app_id/storage',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ file_key: optional(string()), file_url: optional(string()) })),
    }),
  download: true,
})

/** Input of {@link uploadAppStorage}. */
export interface UploadAppStorageInput {
  path: { app_id: string }
  body: { file_name: string; check_sum?: string; file: FileInput }
}

/** `data` of a successful {@link uploadAppStorage} response. */
export interface UploadAppStorageOutput {
  file_key: string
  file_url: string
  file_name: string
  file_size: number
  mime_type: string
}

/**
 * `spark.v1.app.storage.upload`: POST /open-apis/spark/v1/apps/:app_id/storage/upload (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload&project=spark&resource=app.storage&version=v1
 */
export const uploadAppStorage = /*#__PURE__*/ fileEndpoint<UploadAppStorageInput, UploadAppStorageOutput>({
  id: 'spark.v1.app.storage.upload',
  method: 'POST',
  path: '/open-apis/spark/v1/apps/:app_id/storage/upload',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      body: looseObject({ file_name: string(), check_sum: optional(string()), file: file() }),
    }),
  body: 'multipart',
})

/** Input of {@link uploadAppStorageComplete}. */
export interface UploadAppStorageCompleteInput {
  path: { app_id: string }
  body: { upload_id: string }
}

/** `data` of a successful {@link uploadAppStorageComplete} response. */
export interface UploadAppStorageCompleteOutput {
  file_key: string
  file_url: string
  file_name: string
  file_size: number
  mime_type: string
}

/**
 * `spark.v1.app.storage.upload_complete`: POST /open-apis/spark/v1/apps/:app_id/storage/upload/complete (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_complete&project=spark&resource=app.storage&version=v1
 */
export const uploadAppStorageComplete = /*#__PURE__*/ endpoint<UploadAppStorageCompleteInput, UploadAppStorageCompleteOutput>({
  id: 'spark.v1.app.storage.upload_complete',
  method: 'POST',
  path: '/open-apis/spark/v1/apps/:app_id/storage/upload/complete',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ app_id: string() }), body: looseObject({ upload_id: string() }) }),
})

/** Input of {@link uploadAppStorageInitialize}. */
export interface UploadAppStorageInitializeInput {
  path: { app_id: string }
  body: { file_name: string; file_size: number; mime_type?: string }
}

/** `data` of a successful {@link uploadAppStorageInitialize} response. */
export interface UploadAppStorageInitializeOutput {
  upload_id: string
  chunk_size: number
  chunk_numbers: number
}

/**
 * `spark.v1.app.storage.upload_initialize`: POST /open-apis/spark/v1/apps/:app_id/storage/upload/initialize (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_initialize&project=spark&resource=app.storage&version=v1
 */
export const uploadAppStorageInitialize = /*#__PURE__*/ endpoint<UploadAppStorageInitializeInput, UploadAppStorageInitializeOutput>({
  id: 'spark.v1.app.storage.upload_initialize',
  method: 'POST',
  path: '/open-apis/spark/v1/apps/:app_id/storage/upload/initialize',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      body: looseObject({ file_name: string(), file_size: number(), mime_type: optional(string()) }),
    }),
})

/** Input of {@link uploadAppStoragePart}. */
export interface UploadAppStoragePartInput {
  path: { app_id: string }
  body: { upload_id: string; chunk_index: number; file: FileInput; chunk_check_sum?: string }
}

/** `data` of a successful {@link uploadAppStoragePart} response. */
export type UploadAppStoragePartOutput = { [key: string]: unknown }

/**
 * `spark.v1.app.storage.upload_part`: POST /open-apis/spark/v1/apps/:app_id/storage/upload/part (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_part&project=spark&resource=app.storage&version=v1
 */
export const uploadAppStoragePart = /*#__PURE__*/ fileEndpoint<UploadAppStoragePartInput, UploadAppStoragePartOutput>({
  id: 'spark.v1.app.storage.upload_part',
  method: 'POST',
  path: '/open-apis/spark/v1/apps/:app_id/storage/upload/part',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      body: looseObject({
        upload_id: string(),
        chunk_index: number(),
        file: file(),
        chunk_check_sum: optional(string()),
      }),
    }),
  body: 'multipart',
})
