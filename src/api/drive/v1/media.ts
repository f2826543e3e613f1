// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link batchGetMediaTmpDownloadUrl}. */
export interface BatchGetMediaTmpDownloadUrlInput {
  query: { file_tokens: string[]; extra?: string }
}

/** `data` of a successful {@link batchGetMediaTmpDownloadUrl} response. */
export interface BatchGetMediaTmpDownloadUrlOutput {
  tmp_download_urls?: { file_token: string; tmp_download_url: string }[]
}

/**
 * `drive.v1.media.batch_get_tmp_download_url`: GET /open-apis/drive/v1/medias/batch_get_tmp_download_url (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get_tmp_download_url&project=drive&resource=media&version=v1
 */
export const batchGetMediaTmpDownloadUrl = /*#__PURE__*/ endpoint<BatchGetMediaTmpDownloadUrlInput, BatchGetMediaTmpDownloadUrlOutput>({
  id: 'drive.v1.media.batch_get_tmp_download_url',
  method: 'GET',
  path: '/open-apis/drive/v1/medias/batch_get_tmp_download_url',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ query: looseObject({ file_tokens: array(string()), extra: optional(string()) }) }),
})

/** Input of {@link downloadMedia}. */
export interface DownloadMediaInput {
  path: { file_token: string }
  query?: { extra?: string }
}

/** The file of a successful {@link downloadMedia} response. */
export type DownloadMediaOutput = Download

/**
 * `drive.v1.media.download`: GET /open-apis/drive/v1/medias/:file_token/download (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=download&project=drive&resource=media&version=v1
 */
export const downloadMedia = /*#__PURE__*/ fileEndpoint<DownloadMediaInput, DownloadMediaOutput>({
  id: 'drive.v1.media.download',
  method: 'GET',
  path: '/open-apis/drive/v1/medias/:file_token/download',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: optional(looseObject({ extra: optional(string()) })),
    }),
  download: true,
})

/** Input of {@link uploadMediaAll}. */
export interface UploadMediaAllInput {
  body: {
    file_name: string
    parent_type:
      | 'doc_image'
      | 'docx_image'
      | 'sheet_image'
      | 'doc_file'
      | 'docx_file'
      | 'sheet_file'
      | 'vc_virtual_background'
      | 'bitable_image'
      | 'bitable_file'
      | 'moments'
      | 'ccm_import_open'
      | 'calendar'
      | 'base_global'
      | 'lark_ai_media_analysis'
      | 'whiteboard'
      | 'mindnote_image'
      | 'comment_image'
      | 'slide_img'
      | 'slide_file'
      | 'email'
      | 'bitable_tmp_point'
      | 'office_sheet_file'
      | 'office_slide_file'
    parent_node: string
    size: number
    checksum?: string
    extra?: string
    file: FileInput
  }
}

/** `data` of a successful {@link uploadMediaAll} response. */
export interface UploadMediaAllOutput {
  file_token?: string
}

/**
 * `drive.v1.media.upload_all`: POST /open-apis/drive/v1/medias/upload_all (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_all&project=drive&resource=media&version=v1
 */
export const uploadMediaAll = /*#__PURE__*/ fileEndpoint<UploadMediaAllInput, UploadMediaAllOutput>({
  id: 'drive.v1.media.upload_all',
  method: 'POST',
  path: '/open-apis/drive/v1/medias/upload_all',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        file_name: string(),
        parent_type: picklist([
          'doc_image',
          'docx_image',
          'sheet_image',
          'doc_file',
          'docx_file',
          'sheet_file',
          'vc_virtual_background',
          'bitable_image',
          'bitable_file',
          'moments',
          'ccm_import_open',
          'calendar',
          'base_global',
          'lark_ai_media_analysis',
          'whiteboard',
          'mindnote_image',
          'comment_image',
          'slide_img',
          'slide_file',
          'email',
          'bitable_tmp_point',
          'office_sheet_file',
          'office_slide_file',
        ]),
        parent_node: string(),
        size: number(),
        checksum: optional(string()),
        extra: optional(string()),
        file: file(),
      }),
    }),
  body: 'multipart',
})

/** Input of {@link uploadMediaFinish}. */
export interface UploadMediaFinishInput {
  body: { upload_id: string; block_num: number }
}

/** `data` of a successful {@link uploadMediaFinish} response. */
export interface UploadMediaFinishOutput {
  file_token?: string
}

/**
 * `drive.v1.media.upload_finish`: POST /open-apis/drive/v1/medias/upload_finish (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_finish&project=drive&resource=media&version=v1
 */
export const uploadMediaFinish = /*#__PURE__*/ endpoint<UploadMediaFinishInput, UploadMediaFinishOutput>({
  id: 'drive.v1.media.upload_finish',
  method: 'POST',
  path: '/open-apis/drive/v1/medias/upload_finish',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ upload_id: string(), block_num: number() }) }),
})

/** Input of {@link uploadMediaPart}. */
export interface UploadMediaPartInput {
  body: { upload_id: string; seq: number; size: number; checksum?: string; file: FileInput }
}

/** `data` of a successful {@link uploadMediaPart} response. */
export type UploadMediaPartOutput = { [key: string]: unknown }

/**
 * `drive.v1.media.upload_part`: POST /open-apis/drive/v1/medias/upload_part (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_part&project=drive&resource=media&version=v1
 */
export const uploadMediaPart = /*#__PURE__*/ fileEndpoint<UploadMediaPartInput, UploadMediaPartOutput>({
  id: 'drive.v1.media.upload_part',
  method: 'POST',
  path: '/open-apis/drive/v1/medias/upload_part',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        upload_id: string(),
        seq: number(),
        size: number(),
        checksum: optional(string()),
        file: file(),
      }),
    }),
  body: 'multipart',
})

/** Input of {@link uploadMediaPrepare}. */
export interface UploadMediaPrepareInput {
  body: {
    file_name: string
    parent_type:
      | 'doc_image'
      | 'docx_image'
      | 'sheet_image'
      | 'doc_file'
      | 'docx_file'
      | 'sheet_file'
      | 'vc_virtual_background'
      | 'bitable_image'
      | 'bitable_file'
      | 'moments'
      | 'ccm_import_open'
    size: number
    parent_node: string
    extra?: string
  }
}

/** `data` of a successful {@link uploadMediaPrepare} response. */
export interface UploadMediaPrepareOutput {
  upload_id?: string
  block_size?: number
  block_num?: number
}

/**
 * `drive.v1.media.upload_prepare`: POST /open-apis/drive/v1/medias/upload_prepare (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_prepare&project=drive&resource=media&version=v1
 */
export const uploadMediaPrepare = /*#__PURE__*/ endpoint<UploadMediaPrepareInput, UploadMediaPrepareOutput>({
  id: 'drive.v1.media.upload_prepare',
  method: 'POST',
  path: '/open-apis/drive/v1/medias/upload_prepare',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        file_name: string(),
        parent_type: picklist([
          'doc_image',
          'docx_image',
          'sheet_image',
          'doc_file',
          'docx_file',
          'sheet_file',
          'vc_virtual_background',
          'bitable_image',
          'bitable_file',
          'moments',
          'ccm_import_open',
        ]),
        size: number(),
        parent_node: string(),
        extra: optional(string()),
      }),
    }),
})
