// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link getResourceReservationList}. */
export interface GetResourceReservationListInput {
  query: {
    room_level_id: string
    need_topic?: boolean
    start_time: string
    end_time: string
    room_ids: string[]
    is_exclude?: boolean
    page_size?: number
    page_token?: string
  }
}

/** `data` of a successful {@link getResourceReservationList} response. */
export interface GetResourceReservationListOutput {
  room_reservation_list?: {
    room_id?: string
    room_name?: string
    event_title?: string
    reserver?: string
    reserver_user_id?: string
    department_of_reserver?: string
    guests_number?: string
    accepted_number?: string
    event_start_time?: string
    event_end_time?: string
    event_duration?: string
    reservation_status?: string
    check_in_device?: string
    room_check_in_status?: string
    check_in_time?: string
    is_release_early?: string
    releasing_person?: string
    releasing_time?: string
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `vc.v1.resource_reservation_list.get`: GET /open-apis/vc/v1/resource_reservation_list (tenant or user token).
 *
 * Paginated over `room_reservation_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=resource_reservation_list&version=v1
 */
export const getResourceReservationList = /*#__PURE__*/ endpoint<GetResourceReservationListInput, GetResourceReservationListOutput, true>({
  id: 'vc.v1.resource_reservation_list.get',
  method: 'GET',
  path: '/open-apis/vc/v1/resource_reservation_list',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        room_level_id: string(),
        need_topic: optional(boolean()),
        start_time: string(),
        end_time: string(),
        room_ids: array(string()),
        is_exclude: optional(boolean()),
        page_size: optional(number()),
        page_token: optional(string()),
      }),
    }),
  page: { items: 'room_reservation_list' },
})
