// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getParticipantList}. */
export interface GetParticipantListInput {
  query: {
    meeting_start_time: string
    meeting_end_time: string
    meeting_status?: number
    meeting_no: string
    user_id?: string
    room_id?: string
    page_size?: number
    page_token?: string
    webinar_user_role?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link getParticipantList} response. */
export interface GetParticipantListOutput {
  participants?: {
    participant_name?: string
    department?: string
    user_id?: string
    meeting_room_id?: string
    employee_id?: string
    phone?: string
    email?: string
    device?: string
    app_version?: string
    public_ip?: string
    internal_ip?: string
    use_rtc_proxy?: boolean
    location?: string
    network_type?: string
    protocol?: string
    microphone?: string
    speaker?: string
    camera?: string
    audio?: boolean
    video?: boolean
    sharing?: boolean
    join_time?: string
    leave_time?: string
    time_in_meeting?: string
    leave_reason?: string
    accept_status?: number
    is_external?: boolean
    webinar_user_role?: string
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `vc.v1.participant_list.get`: GET /open-apis/vc/v1/participant_list (tenant or user token).
 *
 * Paginated over `participants`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=participant_list&version=v1
 */
export const getParticipantList = /*#__PURE__*/ endpoint<GetParticipantListInput, GetParticipantListOutput, true>({
  id: 'vc.v1.participant_list.get',
  method: 'GET',
  path: '/open-apis/vc/v1/participant_list',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        meeting_start_time: string(),
        meeting_end_time: string(),
        meeting_status: optional(number()),
        meeting_no: string(),
        user_id: optional(string()),
        room_id: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
        webinar_user_role: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
  page: { items: 'participants' },
})
