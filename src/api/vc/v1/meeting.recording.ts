// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getMeetingRecording}. */
export interface GetMeetingRecordingInput {
  path: { meeting_id: string }
}

/** `data` of a successful {@link getMeetingRecording} response. */
export interface GetMeetingRecordingOutput {
  recording?: { id?: string; meeting_id?: string; url?: string; duration?: string }
}

/**
 * `vc.v1.meeting.recording.get`: GET /open-apis/vc/v1/meetings/:meeting_id/recording (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=meeting.recording&version=v1
 */
export const getMeetingRecording = /*#__PURE__*/ endpoint<GetMeetingRecordingInput, GetMeetingRecordingOutput>({
  id: 'vc.v1.meeting.recording.get',
  method: 'GET',
  path: '/open-apis/vc/v1/meetings/:meeting_id/recording',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ meeting_id: string() }) }),
})

/** Input of {@link setMeetingRecordingPermission}. */
export interface SetMeetingRecordingPermissionInput {
  path: { meeting_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { permission_objects: { id?: string; type: number; permission: number }[]; action_type?: number }
}

/** `data` of a successful {@link setMeetingRecordingPermission} response. */
export type SetMeetingRecordingPermissionOutput = { [key: string]: unknown }

/**
 * `vc.v1.meeting.recording.set_permission`: PATCH /open-apis/vc/v1/meetings/:meeting_id/recording/set_permission (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=set_permission&project=vc&resource=meeting.recording&version=v1
 */
export const setMeetingRecordingPermission = /*#__PURE__*/ endpoint<SetMeetingRecordingPermissionInput, SetMeetingRecordingPermissionOutput>({
  id: 'vc.v1.meeting.recording.set_permission',
  method: 'PATCH',
  path: '/open-apis/vc/v1/meetings/:meeting_id/recording/set_permission',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ meeting_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        permission_objects: array(looseObject({ id: optional(string()), type: number(), permission: number() })),
        action_type: optional(number()),
      }),
    }),
})

/** Input of {@link startMeetingRecording}. */
export interface StartMeetingRecordingInput {
  path: { meeting_id: string }
  body?: { timezone?: number }
}

/** `data` of a successful {@link startMeetingRecording} response. */
export type StartMeetingRecordingOutput = { [key: string]: unknown }

/**
 * `vc.v1.meeting.recording.start`: PATCH /open-apis/vc/v1/meetings/:meeting_id/recording/start (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=start&project=vc&resource=meeting.recording&version=v1
 */
export const startMeetingRecording = /*#__PURE__*/ endpoint<StartMeetingRecordingInput, StartMeetingRecordingOutput>({
  id: 'vc.v1.meeting.recording.start',
  method: 'PATCH',
  path: '/open-apis/vc/v1/meetings/:meeting_id/recording/start',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ meeting_id: string() }),
      body: optional(looseObject({ timezone: optional(number()) })),
    }),
})

/** Input of {@link stopMeetingRecording}. */
export interface StopMeetingRecordingInput {
  path: { meeting_id: string }
}

/** `data` of a successful {@link stopMeetingRecording} response. */
export type StopMeetingRecordingOutput = { [key: string]: unknown }

/**
 * `vc.v1.meeting.recording.stop`: PATCH /open-apis/vc/v1/meetings/:meeting_id/recording/stop (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=stop&project=vc&resource=meeting.recording&version=v1
 */
export const stopMeetingRecording = /*#__PURE__*/ endpoint<StopMeetingRecordingInput, StopMeetingRecordingOutput>({
  id: 'vc.v1.meeting.recording.stop',
  method: 'PATCH',
  path: '/open-apis/vc/v1/meetings/:meeting_id/recording/stop',
  tokens: ['user'],
  input: () => looseObject({ path: looseObject({ meeting_id: string() }) }),
})
