// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { CommonParamSchema } from './models.ts'
import type { CommonParam, Present, Result } from './types.ts'

/** Input of {@link autoMyAiRoomReleaseEvent}. */
export interface AutoMyAiRoomReleaseEventInput {
  body: { schedule_event_id?: string; request_type: number; common_param?: CommonParam }
}

/** `data` of a successful {@link autoMyAiRoomReleaseEvent} response. */
export interface AutoMyAiRoomReleaseEventOutput {
  result?: Result
  present?: Present
}

/**
 * `vc.v1.my_ai_room.auto_release_event`: POST /open-apis/vc/v1/my_ai_room/auto_release_event (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=auto_release_event&project=vc&resource=my_ai_room&version=v1
 */
export const autoMyAiRoomReleaseEvent = /*#__PURE__*/ endpoint<AutoMyAiRoomReleaseEventInput, AutoMyAiRoomReleaseEventOutput>({
  id: 'vc.v1.my_ai_room.auto_release_event',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_room/auto_release_event',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        schedule_event_id: optional(string()),
        request_type: number(),
        common_param: optional(CommonParamSchema()),
      }),
    }),
})

/** Input of {@link autoMyAiRoomWelcome}. */
export interface AutoMyAiRoomWelcomeInput {
  body: { schedule_event_id?: string; request_type: number; common_param?: CommonParam }
}

/** `data` of a successful {@link autoMyAiRoomWelcome} response. */
export interface AutoMyAiRoomWelcomeOutput {
  result?: Result
  present?: Present
}

/**
 * `vc.v1.my_ai_room.auto_welcome`: POST /open-apis/vc/v1/my_ai_room/auto_welcome (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=auto_welcome&project=vc&resource=my_ai_room&version=v1
 */
export const autoMyAiRoomWelcome = /*#__PURE__*/ endpoint<AutoMyAiRoomWelcomeInput, AutoMyAiRoomWelcomeOutput>({
  id: 'vc.v1.my_ai_room.auto_welcome',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_room/auto_welcome',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        schedule_event_id: optional(string()),
        request_type: number(),
        common_param: optional(CommonParamSchema()),
      }),
    }),
})

/** Input of {@link checkMyAiRoomInSchedule}. */
export interface CheckMyAiRoomInScheduleInput {
  body?: {
    room_id?: string
    schedule_id?: string
    request_type?: number
    scenario_context?: { plugins?: { key?: string }[]; extra?: { calendar_info?: string } }
    common_param?: CommonParam
  }
}

/** `data` of a successful {@link checkMyAiRoomInSchedule} response. */
export interface CheckMyAiRoomInScheduleOutput {
  result?: Result
  present?: Present
}

/**
 * `vc.v1.my_ai_room.check_in_schedule`: POST /open-apis/vc/v1/my_ai_room/check_in_schedule (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=check_in_schedule&project=vc&resource=my_ai_room&version=v1
 */
export const checkMyAiRoomInSchedule = /*#__PURE__*/ endpoint<CheckMyAiRoomInScheduleInput, CheckMyAiRoomInScheduleOutput>({
  id: 'vc.v1.my_ai_room.check_in_schedule',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_room/check_in_schedule',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        room_id: optional(string()),
        schedule_id: optional(string()),
        request_type: optional(number()),
        scenario_context: optional(looseObject({
          plugins: optional(array(looseObject({ key: optional(string()) }))),
          extra: optional(looseObject({ calendar_info: optional(string()) })),
        })),
        common_param: optional(CommonParamSchema()),
      })),
    }),
})

/** Input of {@link exitMyAiRoom}. */
export interface ExitMyAiRoomInput {
  body: { room_id?: string; request_type: number; common_param?: CommonParam }
}

/** `data` of a successful {@link exitMyAiRoom} response. */
export interface ExitMyAiRoomOutput {
  result?: Result
  present?: Present
}

/**
 * `vc.v1.my_ai_room.exit`: POST /open-apis/vc/v1/my_ai_room/exit (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=exit&project=vc&resource=my_ai_room&version=v1
 */
export const exitMyAiRoom = /*#__PURE__*/ endpoint<ExitMyAiRoomInput, ExitMyAiRoomOutput>({
  id: 'vc.v1.my_ai_room.exit',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_room/exit',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        room_id: optional(string()),
        request_type: number(),
        common_param: optional(CommonParamSchema()),
      }),
    }),
})

/** Input of {@link helpMyAiRoomSceneType}. */
export interface HelpMyAiRoomSceneTypeInput {
  body: { common_param?: CommonParam; help_request_type: number }
}

/** `data` of a successful {@link helpMyAiRoomSceneType} response. */
export interface HelpMyAiRoomSceneTypeOutput {
  result?: Result
  present?: Present
}

/**
 * `vc.v1.my_ai_room.help_scene_type`: POST /open-apis/vc/v1/my_ai_room/help_scene_type (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=help_scene_type&project=vc&resource=my_ai_room&version=v1
 */
export const helpMyAiRoomSceneType = /*#__PURE__*/ endpoint<HelpMyAiRoomSceneTypeInput, HelpMyAiRoomSceneTypeOutput>({
  id: 'vc.v1.my_ai_room.help_scene_type',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_room/help_scene_type',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: looseObject({ common_param: optional(CommonParamSchema()), help_request_type: number() }) }),
})

/** Input of {@link joinMyAiRoomMeeting}. */
export interface JoinMyAiRoomMeetingInput {
  body: {
    room_id?: string
    schedule_event_id?: string
    request_type: number
    join_meeting_type?: number
    common_param?: CommonParam
  }
}

/** `data` of a successful {@link joinMyAiRoomMeeting} response. */
export interface JoinMyAiRoomMeetingOutput {
  result?: Result
  present?: Present
}

/**
 * `vc.v1.my_ai_room.join_meeting`: POST /open-apis/vc/v1/my_ai_room/join_meeting (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=join_meeting&project=vc&resource=my_ai_room&version=v1
 */
export const joinMyAiRoomMeeting = /*#__PURE__*/ endpoint<JoinMyAiRoomMeetingInput, JoinMyAiRoomMeetingOutput>({
  id: 'vc.v1.my_ai_room.join_meeting',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_room/join_meeting',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        room_id: optional(string()),
        schedule_event_id: optional(string()),
        request_type: number(),
        join_meeting_type: optional(number()),
        common_param: optional(CommonParamSchema()),
      }),
    }),
})

/** Input of {@link joinMyAiRoomMeetingNumber}. */
export interface JoinMyAiRoomMeetingNumberInput {
  body: { meeting_number?: string; request_type: number; common_param?: CommonParam }
}

/** `data` of a successful {@link joinMyAiRoomMeetingNumber} response. */
export interface JoinMyAiRoomMeetingNumberOutput {
  result?: Result
  present?: Present
}

/**
 * `vc.v1.my_ai_room.join_meeting_number`: POST /open-apis/vc/v1/my_ai_room/join_meeting_number (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=join_meeting_number&project=vc&resource=my_ai_room&version=v1
 */
export const joinMyAiRoomMeetingNumber = /*#__PURE__*/ endpoint<JoinMyAiRoomMeetingNumberInput, JoinMyAiRoomMeetingNumberOutput>({
  id: 'vc.v1.my_ai_room.join_meeting_number',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_room/join_meeting_number',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        meeting_number: optional(string()),
        request_type: number(),
        common_param: optional(CommonParamSchema()),
      }),
    }),
})

/** Input of {@link joinMyAiRoomOfflineMeeting}. */
export interface JoinMyAiRoomOfflineMeetingInput {
  body: { room_id?: string; schedule_event_id?: string; request_type: number; common_param?: CommonParam }
}

/** `data` of a successful {@link joinMyAiRoomOfflineMeeting} response. */
export interface JoinMyAiRoomOfflineMeetingOutput {
  result?: Result
  present?: Present
}

/**
 * `vc.v1.my_ai_room.join_offline_meeting`: POST /open-apis/vc/v1/my_ai_room/join_offline_meeting (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=join_offline_meeting&project=vc&resource=my_ai_room&version=v1
 */
export const joinMyAiRoomOfflineMeeting = /*#__PURE__*/ endpoint<JoinMyAiRoomOfflineMeetingInput, JoinMyAiRoomOfflineMeetingOutput>({
  id: 'vc.v1.my_ai_room.join_offline_meeting',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_room/join_offline_meeting',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        room_id: optional(string()),
        schedule_event_id: optional(string()),
        request_type: number(),
        common_param: optional(CommonParamSchema()),
      }),
    }),
})

/** Input of {@link leaveMyAiRoomMeeting}. */
export interface LeaveMyAiRoomMeetingInput {
  body: { request_type: number; common_param?: CommonParam }
}

/** `data` of a successful {@link leaveMyAiRoomMeeting} response. */
export interface LeaveMyAiRoomMeetingOutput {
  result?: Result
  present?: Present
}

/**
 * `vc.v1.my_ai_room.leave_meeting`: POST /open-apis/vc/v1/my_ai_room/leave_meeting (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=leave_meeting&project=vc&resource=my_ai_room&version=v1
 */
export const leaveMyAiRoomMeeting = /*#__PURE__*/ endpoint<LeaveMyAiRoomMeetingInput, LeaveMyAiRoomMeetingOutput>({
  id: 'vc.v1.my_ai_room.leave_meeting',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_room/leave_meeting',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: looseObject({ request_type: number(), common_param: optional(CommonParamSchema()) }) }),
})

/** Input of {@link reserveMyAiRoomInstantEvent}. */
export interface ReserveMyAiRoomInstantEventInput {
  body: { room_id?: string; request_type: number; end_time?: number; common_param?: CommonParam }
}

/** `data` of a successful {@link reserveMyAiRoomInstantEvent} response. */
export interface ReserveMyAiRoomInstantEventOutput {
  result?: Result
  present?: Present
}

/**
 * `vc.v1.my_ai_room.reserve_instant_event`: POST /open-apis/vc/v1/my_ai_room/reserve_instant_event (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=reserve_instant_event&project=vc&resource=my_ai_room&version=v1
 */
export const reserveMyAiRoomInstantEvent = /*#__PURE__*/ endpoint<ReserveMyAiRoomInstantEventInput, ReserveMyAiRoomInstantEventOutput>({
  id: 'vc.v1.my_ai_room.reserve_instant_event',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_room/reserve_instant_event',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        room_id: optional(string()),
        request_type: number(),
        end_time: optional(number()),
        common_param: optional(CommonParamSchema()),
      }),
    }),
})

/** Input of {@link roomMyAiRoomCalling}. */
export interface RoomMyAiRoomCallingInput {
  body: { targets?: string; request_type: number; common_param?: CommonParam }
}

/** `data` of a successful {@link roomMyAiRoomCalling} response. */
export interface RoomMyAiRoomCallingOutput {
  result?: Result
  present?: Present
}

/**
 * `vc.v1.my_ai_room.room_calling`: POST /open-apis/vc/v1/my_ai_room/room_calling (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=room_calling&project=vc&resource=my_ai_room&version=v1
 */
export const roomMyAiRoomCalling = /*#__PURE__*/ endpoint<RoomMyAiRoomCallingInput, RoomMyAiRoomCallingOutput>({
  id: 'vc.v1.my_ai_room.room_calling',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_room/room_calling',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        targets: optional(string()),
        request_type: number(),
        common_param: optional(CommonParamSchema()),
      }),
    }),
})
