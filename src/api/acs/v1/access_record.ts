// Generated from catalog/acs.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listAccessRecord}. */
export interface ListAccessRecordInput {
  query: {
    page_size?: number
    page_token?: string
    from: number
    to: number
    device_id?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
  }
}

/** `data` of a successful {@link listAccessRecord} response. */
export interface ListAccessRecordOutput {
  items?: {
    access_record_id?: string
    user_id?: string
    device_id?: string
    is_clock_in?: boolean
    access_time?: string
    access_type?: 'FA' | 'QRCode' | 'Card' | 'Fp'
    access_data?: string
    is_door_open?: boolean
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `acs.v1.access_record.list`: GET /open-apis/acs/v1/access_records (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=acs&resource=access_record&version=v1
 */
export const listAccessRecord = /*#__PURE__*/ endpoint<ListAccessRecordInput, ListAccessRecordOutput, true>({
  id: 'acs.v1.access_record.list',
  method: 'GET',
  path: '/open-apis/acs/v1/access_records',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        from: number(),
        to: number(),
        device_id: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      }),
    }),
  page: { items: 'items' },
})
