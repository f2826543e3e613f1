// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { HostUserSchema } from './models.ts'
import type { HostUser, KickoutResult, Meeting } from './types.ts'

/** Input of {@link changeMeetingName}. */
export interface ChangeMeetingNameInput {
  path: { meeting_id: string }
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: { change_name_users: { id?: string; user_type?: number; in_meeting_name?: string }[] }
}

/** `data` of a successful {@link changeMeetingName} response. */
export interface ChangeMeetingNameOutput {
  results?: KickoutResult[]
}

/**
 * `vc.v1.meeting.change_name`: POST /open-apis/vc/v1/meetings/:meeting_id/change_name (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=change_name&project=vc&resource=meeting&version=v1
 */
export const changeMeetingName = /*#__PURE__*/ endpoint<ChangeMeetingNameInput, ChangeMeetingNameOutput>({
  id: 'vc.v1.meeting.change_name',
  method: 'POST',
  path: '/open-apis/vc/v1/meetings/:meeting_id/change_name',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ meeting_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({
        change_name_users: array(looseObject({
          id: optional(string()),
          user_type: optional(number()),
          in_meeting_name: optional(string()),
        })),
      }),
    }),
})

/** Input of {@link endMeeting}. */
export interface EndMeetingInput {
  path: { meeting_id: string }
}

/** `data` of a successful {@link endMeeting} response. */
export type EndMeetingOutput = { [key: string]: unknown }

/**
 * `vc.v1.meeting.end`: PATCH /open-apis/vc/v1/meetings/:meeting_id/end (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=end&project=vc&resource=meeting&version=v1
 */
export const endMeeting = /*#__PURE__*/ endpoint<EndMeetingInput, EndMeetingOutput>({
  id: 'vc.v1.meeting.end',
  method: 'PATCH',
  path: '/open-apis/vc/v1/meetings/:meeting_id/end',
  tokens: ['user'],
  input: () => looseObject({ path: looseObject({ meeting_id: string() }) }),
})

/** Input of {@link getMeeting}. */
export interface GetMeetingInput {
  path: { meeting_id: string }
  query?: {
    with_participants?: boolean
    with_meeting_ability?: boolean
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    query_mode?: number
  }
}

/** `data` of a successful {@link getMeeting} response. */
export interface GetMeetingOutput {
  meeting?: Meeting
  related_artifacts?: { note_doc_token?: string; verbatim_doc_token?: string }
}

/**
 * `vc.v1.meeting.get`: GET /open-apis/vc/v1/meetings/:meeting_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=meeting&version=v1
 */
export const getMeeting = /*#__PURE__*/ endpoint<GetMeetingInput, GetMeetingOutput>({
  id: 'vc.v1.meeting.get',
  method: 'GET',
  path: '/open-apis/vc/v1/meetings/:meeting_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ meeting_id: string() }),
      query: optional(looseObject({
        with_participants: optional(boolean()),
        with_meeting_ability: optional(boolean()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        query_mode: optional(number()),
      })),
    }),
})

/** Input of {@link inviteMeeting}. */
export interface InviteMeetingInput {
  path: { meeting_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { invitees: HostUser[] }
}

/** `data` of a successful {@link inviteMeeting} response. */
export interface InviteMeetingOutput {
  invite_results?: { id?: string; user_type?: number; status?: number }[]
}

/**
 * `vc.v1.meeting.invite`: PATCH /open-apis/vc/v1/meetings/:meeting_id/invite (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=invite&project=vc&resource=meeting&version=v1
 */
export const inviteMeeting = /*#__PURE__*/ endpoint<InviteMeetingInput, InviteMeetingOutput>({
  id: 'vc.v1.meeting.invite',
  method: 'PATCH',
  path: '/open-apis/vc/v1/meetings/:meeting_id/invite',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ meeting_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ invitees: array(HostUserSchema()) }),
    }),
})

/** Input of {@link kickoutMeeting}. */
export interface KickoutMeetingInput {
  path: { meeting_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { kickout_users: HostUser[] }
}

/** `data` of a successful {@link kickoutMeeting} response. */
export interface KickoutMeetingOutput {
  kickout_results?: KickoutResult[]
}

/**
 * `vc.v1.meeting.kickout`: POST /open-apis/vc/v1/meetings/:meeting_id/kickout (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=kickout&project=vc&resource=meeting&version=v1
 */
export const kickoutMeeting = /*#__PURE__*/ endpoint<KickoutMeetingInput, KickoutMeetingOutput>({
  id: 'vc.v1.meeting.kickout',
  method: 'POST',
  path: '/open-apis/vc/v1/meetings/:meeting_id/kickout',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ meeting_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ kickout_users: array(HostUserSchema()) }),
    }),
})

/** Input of {@link listMeeting}. */
export interface ListMeetingInput {
  query: {
    room_id?: string
    start_time: string
    end_time: string
    status: number
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link listMeeting} response. */
export interface ListMeetingOutput {
  has_more?: boolean
  page_token?: string
  meetings?: {
    id?: string
    topic?: string
    meeting_no?: string
    password?: string
    start_time?: string
    end_time?: string
    meeting_connect?: boolean
    status?: number
    participant_count_accumulated?: string
    note_id?: string
  }[]
}

/**
 * `vc.v1.meeting.list`: GET /open-apis/vc/v1/meetings (tenant or user token).
 *
 * Paginated over `meetings`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=vc&resource=meeting&version=v1
 */
export const listMeeting = /*#__PURE__*/ endpoint<ListMeetingInput, ListMeetingOutput, true>({
  id: 'vc.v1.meeting.list',
  method: 'GET',
  path: '/open-apis/vc/v1/meetings',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        room_id: optional(string()),
        start_time: string(),
        end_time: string(),
        status: number(),
        page_token: optional(string()),
        page_size: optional(number()),
      }),
    }),
  page: { items: 'meetings' },
})

/** Input of {@link listMeetingByNo}. */
export interface ListMeetingByNoInput {
  query: { meeting_no: string; start_time: string; end_time: string; page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listMeetingByNo} response. */
export interface ListMeetingByNoOutput {
  has_more?: boolean
  page_token?: string
  meeting_briefs?: {
    id?: string
    topic?: string
    url?: string
    meeting_no?: string
    password?: string
    meeting_connect?: boolean
    note_id?: string
  }[]
}

/**
 * `vc.v1.meeting.list_by_no`: GET /open-apis/vc/v1/meetings/list_by_no (tenant or user token).
 *
 * Paginated over `meeting_briefs`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list_by_no&project=vc&resource=meeting&version=v1
 */
export const listMeetingByNo = /*#__PURE__*/ endpoint<ListMeetingByNoInput, ListMeetingByNoOutput, true>({
  id: 'vc.v1.meeting.list_by_no',
  method: 'GET',
  path: '/open-apis/vc/v1/meetings/list_by_no',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        meeting_no: string(),
        start_time: string(),
        end_time: string(),
        page_token: optional(string()),
        page_size: optional(number()),
      }),
    }),
  page: { items: 'meeting_briefs' },
})

/** Input of {@link searchMeeting}. */
export interface SearchMeetingInput {
  query?: { page_token?: string; page_size?: number }
  body?: {
    query?: string
    meeting_filter?: {
      organizer_ids?: string[]
      participant_ids?: string[]
      open_room_ids?: string[]
      start_time?: { start_time?: string; end_time?: string }
    }
  }
}

/** `data` of a successful {@link searchMeeting} response. */
export interface SearchMeetingOutput {
  total?: number
  has_more: boolean
  items?: {
    id?: string
    display_info?: string
    meta_data?: { app_link?: string; avatar?: string; description?: string }
  }[]
  page_token?: string
  notice?: string
}

/**
 * `vc.v1.meeting.search`: POST /open-apis/vc/v1/meetings/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=vc&resource=meeting&version=v1
 */
export const searchMeeting = /*#__PURE__*/ endpoint<SearchMeetingInput, SearchMeetingOutput, true>({
  id: 'vc.v1.meeting.search',
  method: 'POST',
  path: '/open-apis/vc/v1/meetings/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })),
      body: optional(looseObject({
        query: optional(string()),
        meeting_filter: optional(looseObject({
          organizer_ids: optional(array(string())),
          participant_ids: optional(array(string())),
          open_room_ids: optional(array(string())),
          start_time: optional(looseObject({ start_time: optional(string()), end_time: optional(string()) })),
        })),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link setMeetingHost}. */
export interface SetMeetingHostInput {
  path: { meeting_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { host_user: HostUser; old_host_user?: HostUser }
}

/** `data` of a successful {@link setMeetingHost} response. */
export interface SetMeetingHostOutput {
  host_user?: HostUser
}

/**
 * `vc.v1.meeting.set_host`: PATCH /open-apis/vc/v1/meetings/:meeting_id/set_host (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=set_host&project=vc&resource=meeting&version=v1
 */
export const setMeetingHost = /*#__PURE__*/ endpoint<SetMeetingHostInput, SetMeetingHostOutput>({
  id: 'vc.v1.meeting.set_host',
  method: 'PATCH',
  path: '/open-apis/vc/v1/meetings/:meeting_id/set_host',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ meeting_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ host_user: HostUserSchema(), old_host_user: optional(HostUserSchema()) }),
    }),
})

/** Input of {@link subscriptionMeeting}. */
export interface SubscriptionMeetingInput {
  body?: { event_type?: string }
}

/** `data` of a successful {@link subscriptionMeeting} response. */
export type SubscriptionMeetingOutput = { [key: string]: unknown }

/**
 * `vc.v1.meeting.subscription`: POST /open-apis/vc/v1/meetings/subscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscription&project=vc&resource=meeting&version=v1
 */
export const subscriptionMeeting = /*#__PURE__*/ endpoint<SubscriptionMeetingInput, SubscriptionMeetingOutput>({
  id: 'vc.v1.meeting.subscription',
  method: 'POST',
  path: '/open-apis/vc/v1/meetings/subscription',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: optional(looseObject({ event_type: optional(string()) })) }),
})

/** Input of {@link unsubscriptionMeeting}. */
export interface UnsubscriptionMeetingInput {
  body?: { event_type?: string }
}

/** `data` of a successful {@link unsubscriptionMeeting} response. */
export type UnsubscriptionMeetingOutput = { [key: string]: unknown }

/**
 * `vc.v1.meeting.unsubscription`: POST /open-apis/vc/v1/meetings/unsubscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscription&project=vc&resource=meeting&version=v1
 */
export const unsubscriptionMeeting = /*#__PURE__*/ endpoint<UnsubscriptionMeetingInput, UnsubscriptionMeetingOutput>({
  id: 'vc.v1.meeting.unsubscription',
  method: 'POST',
  path: '/open-apis/vc/v1/meetings/unsubscription',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: optional(looseObject({ event_type: optional(string()) })) }),
})
