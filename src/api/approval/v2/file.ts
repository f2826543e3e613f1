// Generated from catalog/approval.v2.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link uploadFile}. */
export interface UploadFileInput {
  body: { name: string; type: 'image' | 'attachment'; content: FileInput }
}

/** `data` of a successful {@link uploadFile} response. */
export interface UploadFileOutput {
  code?: string
  url?: string
}

/**
 * `approval.v2.file.upload`: POST /approval/openapi/v2/file/upload (tenant token).
 *
 * Multipart body.
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/approval-v4/file/upload-files
 */
export const uploadFile = /*#__PURE__*/ fileEndpoint<UploadFileInput, UploadFileOutput>({
  id: 'approval.v2.file.upload',
  method: 'POST',
  path: '/approval/openapi/v2/file/upload',
  tokens: ['tenant'],
  input: () =>
    looseObject({ body: looseObject({ name: string(), type: picklist(['image', 'attachment']), content: file() }) }),
  body: 'multipart',
  host: 'www',
})
