// Generated from catalog/performance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { ListItem } from './types.ts'

/** Input of {@link listSemester}. */
export interface ListSemesterInput {
  query?: {
    start_time?: string
    end_time?: string
    year?: number
    type_group?: 'Annual' | 'Semi-annual' | 'Quarter' | 'Bimonth' | 'Month' | 'Non-standard'
    type?:
      | 'Annual'
      | 'H1'
      | 'H2'
      | 'Q1'
      | 'Q2'
      | 'Q3'
      | 'Q4'
      | 'January-February'
      | 'March-April'
      | 'May-June'
      | 'July-August'
      | 'September-October'
      | 'November-December'
      | 'January'
      | 'February'
      | 'March'
      | 'April'
      | 'May'
      | 'June'
      | 'July'
      | 'August'
      | 'September'
      | 'October'
      | 'November'
      | 'December'
      | 'Custom'
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listSemester} response. */
export interface ListSemesterOutput {
  items?: ListItem[]
}

/**
 * `performance.v1.semester.list`: GET /open-apis/performance/v1/semesters (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=performance&resource=semester&version=v1
 */
export const listSemester = /*#__PURE__*/ endpoint<ListSemesterInput, ListSemesterOutput>({
  id: 'performance.v1.semester.list',
  method: 'GET',
  path: '/open-apis/performance/v1/semesters',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        start_time: optional(string()),
        end_time: optional(string()),
        year: optional(number()),
        type_group: optional(picklist(['Annual', 'Semi-annual', 'Quarter', 'Bimonth', 'Month', 'Non-standard'])),
        type: optional(picklist([
          'Annual',
          'H1',
          'H2',
          'Q1',
          'Q2',
          'Q3',
          'Q4',
          'January-February',
          'March-April',
          'May-June',
          'July-August',
          'September-October',
          'November-December',
          'January',
          'February',
          'March',
          'April',
          'May',
          'June',
          'July',
          'August',
          'September',
          'October',
          'November',
          'December',
          'Custom',
        ])),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
})
