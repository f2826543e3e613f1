// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { fileEndpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getFile}. */
export interface GetFileInput {
  path: { id: string }
}

/** The file of a successful {@link getFile} response. */
export type GetFileOutput = Download

/**
 * `corehr.v1.file.get`: GET /open-apis/corehr/v1/files/:id (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=file&version=v1
 */
export const getFile = /*#__PURE__*/ fileEndpoint<GetFileInput, GetFileOutput>({
  id: 'corehr.v1.file.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/files/:id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ id: string() }) }),
  download: true,
})
