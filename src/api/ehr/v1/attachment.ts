// Generated from catalog/ehr.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { fileEndpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getAttachment}. */
export interface GetAttachmentInput {
  path: { token: string }
}

/** The file of a successful {@link getAttachment} response. */
export type GetAttachmentOutput = Download

/**
 * `ehr.v1.attachment.get`: GET /open-apis/ehr/v1/attachments/:token (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=ehr&resource=attachment&version=v1
 */
export const getAttachment = /*#__PURE__*/ fileEndpoint<GetAttachmentInput, GetAttachmentOutput>({
  id: 'ehr.v1.attachment.get',
  method: 'GET',
  path: '/open-apis/ehr/v1/attachments/:token',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ token: string() }) }),
  download: true,
})
