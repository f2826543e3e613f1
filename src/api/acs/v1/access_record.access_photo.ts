// Generated from catalog/acs.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { fileEndpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getAccessRecordAccessPhoto}. */
export interface GetAccessRecordAccessPhotoInput {
  path: { access_record_id: string }
}

/** The file of a successful {@link getAccessRecordAccessPhoto} response. */
export type GetAccessRecordAccessPhotoOutput = Download

/**
 * `acs.v1.access_record.access_photo.get`: GET /open-apis/acs/v1/access_records/:access_record_id/access_photo (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=acs&resource=access_record.access_photo&version=v1
 */
export const getAccessRecordAccessPhoto = /*#__PURE__*/ fileEndpoint<GetAccessRecordAccessPhotoInput, GetAccessRecordAccessPhotoOutput>({
  id: 'acs.v1.access_record.access_photo.get',
  method: 'GET',
  path: '/open-apis/acs/v1/access_records/:access_record_id/access_photo',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ access_record_id: string() }) }),
  download: true,
})
