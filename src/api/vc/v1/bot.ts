// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Event, HostUser } from './types.ts'

/** Input of {@link eventsBot}. */
export interface EventsBotInput {
  query: {
    meeting_id: string
    page_token?: string
    start_time?: string
    end_time?: string
    page_size?: number
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
  }
}

/** `data` of a successful {@link eventsBot} response. */
export interface EventsBotOutput {
  has_more?: boolean
  page_token?: string
  events?: Event[]
}

/**
 * `vc.v1.bot.events`: GET /open-apis/vc/v1/bots/events (tenant or user token).
 *
 * Paginated over `events`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=events&project=vc&resource=bot&version=v1
 */
export const eventsBot = /*#__PURE__*/ endpoint<EventsBotInput, EventsBotOutput, true>({
  id: 'vc.v1.bot.events',
  method: 'GET',
  path: '/open-apis/vc/v1/bots/events',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        meeting_id: string(),
        page_token: optional(string()),
        start_time: optional(string()),
        end_time: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      }),
    }),
  page: { items: 'events' },
})

/** Input of {@link joinBot}. */
export interface JoinBotInput {
  body: { join_type: number; join_identify: { meeting_no?: string }; password?: string; call_id?: string }
}

/** `data` of a successful {@link joinBot} response. */
export interface JoinBotOutput {
  meeting?: { id?: string; meeting_no?: string; start_time?: string; topic?: string }
  join_user?: HostUser
}

/**
 * `vc.v1.bot.join`: POST /open-apis/vc/v1/bots/join (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=join&project=vc&resource=bot&version=v1
 */
export const joinBot = /*#__PURE__*/ endpoint<JoinBotInput, JoinBotOutput>({
  id: 'vc.v1.bot.join',
  method: 'POST',
  path: '/open-apis/vc/v1/bots/join',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        join_type: number(),
        join_identify: looseObject({ meeting_no: optional(string()) }),
        password: optional(string()),
        call_id: optional(string()),
      }),
    }),
})

/** Input of {@link leaveBot}. */
export interface LeaveBotInput {
  body: { meeting_id: string }
}

/** `data` of a successful {@link leaveBot} response. */
export interface LeaveBotOutput {
  leave_user?: HostUser
}

/**
 * `vc.v1.bot.leave`: POST /open-apis/vc/v1/bots/leave (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=leave&project=vc&resource=bot&version=v1
 */
export const leaveBot = /*#__PURE__*/ endpoint<LeaveBotInput, LeaveBotOutput>({
  id: 'vc.v1.bot.leave',
  method: 'POST',
  path: '/open-apis/vc/v1/bots/leave',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ meeting_id: string() }) }),
})

/** Input of {@link messageBot}. */
export interface MessageBotInput {
  body: { meeting_id: string; msg_type: string; content: string; uuid?: string }
}

/** `data` of a successful {@link messageBot} response. */
export interface MessageBotOutput {
  uuid?: string
}

/**
 * `vc.v1.bot.message`: POST /open-apis/vc/v1/bots/message (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=message&project=vc&resource=bot&version=v1
 */
export const messageBot = /*#__PURE__*/ endpoint<MessageBotInput, MessageBotOutput>({
  id: 'vc.v1.bot.message',
  method: 'POST',
  path: '/open-apis/vc/v1/bots/message',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({ meeting_id: string(), msg_type: string(), content: string(), uuid: optional(string()) }),
    }),
})

/** Input of {@link realtimeBotEndpoint}. */
export interface RealtimeBotEndpointInput {
  query: { meeting_id: string }
}

/** `data` of a successful {@link realtimeBotEndpoint} response. */
export interface RealtimeBotEndpointOutput {
  websocket_url?: string
  expires_time?: string
}

/**
 * `vc.v1.bot.realtime_endpoint`: GET /open-apis/vc/realtime/endpoint (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=realtime_endpoint&project=vc&resource=bot&version=v1
 */
export const realtimeBotEndpoint = /*#__PURE__*/ endpoint<RealtimeBotEndpointInput, RealtimeBotEndpointOutput>({
  id: 'vc.v1.bot.realtime_endpoint',
  method: 'GET',
  path: '/open-apis/vc/realtime/endpoint',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ query: looseObject({ meeting_id: string() }) }),
})

/** Input of {@link userBotActiveMeeting}. */
export interface UserBotActiveMeetingInput {
  query?: { user_id?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link userBotActiveMeeting} response. */
export interface UserBotActiveMeetingOutput {
  meetings?: { meeting_no?: string; meeting_id?: string; meeting_title?: string }[]
}

/**
 * `vc.v1.bot.user_active_meeting`: GET /open-apis/vc/v1/bots/user_active_meeting (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=user_active_meeting&project=vc&resource=bot&version=v1
 */
export const userBotActiveMeeting = /*#__PURE__*/ endpoint<UserBotActiveMeetingInput, UserBotActiveMeetingOutput>({
  id: 'vc.v1.bot.user_active_meeting',
  method: 'GET',
  path: '/open-apis/vc/v1/bots/user_active_meeting',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
    }),
})
