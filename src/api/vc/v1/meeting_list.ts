// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getMeetingList}. */
export interface GetMeetingListInput {
  query: {
    start_time: string
    end_time: string
    meeting_status?: number
    meeting_no?: string
    user_id?: string
    room_id?: string
    meeting_type?: number
    page_size?: number
    page_token?: string
    include_external_meetings?: boolean
    include_webinar?: boolean
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link getMeetingList} response. */
export interface GetMeetingListOutput {
  meeting_list?: {
    meeting_id?: string
    meeting_topic?: string
    meeting_type?: number
    organizer?: string
    department?: string
    user_id?: string
    employee_id?: string
    email?: string
    mobile?: string
    meeting_start_time?: string
    meeting_end_time?: string
    meeting_duration?: string
    number_of_participants?: string
    number_of_devices?: string
    audio?: boolean
    video?: boolean
    sharing?: boolean
    recording?: boolean
    telephone?: boolean
    reserved_rooms?: { room_id?: string; room_name?: string }[]
    has_related_document?: boolean
    ai_note?: boolean
    is_external?: boolean
    meeting_subtype?: number
    meeting_instance_id?: string
    number_of_webinar_viewers?: string
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `vc.v1.meeting_list.get`: GET /open-apis/vc/v1/meeting_list (tenant or user token).
 *
 * Paginated over `meeting_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=meeting_list&version=v1
 */
export const getMeetingList = /*#__PURE__*/ endpoint<GetMeetingListInput, GetMeetingListOutput, true>({
  id: 'vc.v1.meeting_list.get',
  method: 'GET',
  path: '/open-apis/vc/v1/meeting_list',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        start_time: string(),
        end_time: string(),
        meeting_status: optional(number()),
        meeting_no: optional(string()),
        user_id: optional(string()),
        room_id: optional(string()),
        meeting_type: optional(number()),
        page_size: optional(number()),
        page_token: optional(string()),
        include_external_meetings: optional(boolean()),
        include_webinar: optional(boolean()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
  page: { items: 'meeting_list' },
})
