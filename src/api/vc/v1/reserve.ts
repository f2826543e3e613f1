// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { MeetingSettingsSchema } from './models.ts'
import type { ActionPermission, AssignHost, Callee, Meeting, MeetingSettings } from './types.ts'

/** Input of {@link applyReserve}. */
export interface ApplyReserveInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { end_time?: string; owner_id?: string; meeting_settings: MeetingSettings }
}

/** `data` of a successful {@link applyReserve} response. */
export interface ApplyReserveOutput {
  reserve?: {
    id?: string
    meeting_no?: string
    password?: string
    url?: string
    app_link?: string
    live_link?: string
    end_time?: string
  }
  reserve_correction_check_info?: { invalid_host_id_list?: string[] }
}

/**
 * `vc.v1.reserve.apply`: POST /open-apis/vc/v1/reserves/apply (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=apply&project=vc&resource=reserve&version=v1
 */
export const applyReserve = /*#__PURE__*/ endpoint<ApplyReserveInput, ApplyReserveOutput>({
  id: 'vc.v1.reserve.apply',
  method: 'POST',
  path: '/open-apis/vc/v1/reserves/apply',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        end_time: optional(string()),
        owner_id: optional(string()),
        meeting_settings: MeetingSettingsSchema(),
      }),
    }),
})

/** Input of {@link deleteReserve}. */
export interface DeleteReserveInput {
  path: { reserve_id: string }
}

/** `data` of a successful {@link deleteReserve} response. */
export type DeleteReserveOutput = { [key: string]: unknown }

/**
 * `vc.v1.reserve.delete`: DELETE /open-apis/vc/v1/reserves/:reserve_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=vc&resource=reserve&version=v1
 */
export const deleteReserve = /*#__PURE__*/ endpoint<DeleteReserveInput, DeleteReserveOutput>({
  id: 'vc.v1.reserve.delete',
  method: 'DELETE',
  path: '/open-apis/vc/v1/reserves/:reserve_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ reserve_id: string() }) }),
})

/** Input of {@link getReserve}. */
export interface GetReserveInput {
  path: { reserve_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getReserve} response. */
export interface GetReserveOutput {
  reserve?: {
    id?: string
    meeting_no?: string
    password?: string
    url?: string
    app_link?: string
    live_link?: string
    end_time?: string
    expire_status?: number
    reserve_user_id?: string
    meeting_settings?: {
      topic?: string
      action_permissions?: ActionPermission[]
      meeting_initial_type?: number
      meeting_connect?: boolean
      call_setting?: { callee: Callee }
      auto_record?: boolean
      assign_host_list?: AssignHost[]
    }
  }
}

/**
 * `vc.v1.reserve.get`: GET /open-apis/vc/v1/reserves/:reserve_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=reserve&version=v1
 */
export const getReserve = /*#__PURE__*/ endpoint<GetReserveInput, GetReserveOutput>({
  id: 'vc.v1.reserve.get',
  method: 'GET',
  path: '/open-apis/vc/v1/reserves/:reserve_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ reserve_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link getReserveActiveMeeting}. */
export interface GetReserveActiveMeetingInput {
  path: { reserve_id: string }
  query?: { with_participants?: boolean; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getReserveActiveMeeting} response. */
export interface GetReserveActiveMeetingOutput {
  meeting?: Meeting
}

/**
 * `vc.v1.reserve.get_active_meeting`: GET /open-apis/vc/v1/reserves/:reserve_id/get_active_meeting (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_active_meeting&project=vc&resource=reserve&version=v1
 */
export const getReserveActiveMeeting = /*#__PURE__*/ endpoint<GetReserveActiveMeetingInput, GetReserveActiveMeetingOutput>({
  id: 'vc.v1.reserve.get_active_meeting',
  method: 'GET',
  path: '/open-apis/vc/v1/reserves/:reserve_id/get_active_meeting',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ reserve_id: string() }),
      query: optional(looseObject({
        with_participants: optional(boolean()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
})

/** Input of {@link updateReserve}. */
export interface UpdateReserveInput {
  path: { reserve_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { end_time?: string; meeting_settings?: MeetingSettings }
}

/** `data` of a successful {@link updateReserve} response. */
export interface UpdateReserveOutput {
  reserve?: {
    id?: string
    meeting_no?: string
    password?: string
    url?: string
    live_link?: string
    end_time?: string
    expire_status?: number
  }
  reserve_correction_check_info?: { invalid_host_id_list?: string[] }
}

/**
 * `vc.v1.reserve.update`: PUT /open-apis/vc/v1/reserves/:reserve_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=vc&resource=reserve&version=v1
 */
export const updateReserve = /*#__PURE__*/ endpoint<UpdateReserveInput, UpdateReserveOutput>({
  id: 'vc.v1.reserve.update',
  method: 'PUT',
  path: '/open-apis/vc/v1/reserves/:reserve_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ reserve_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        end_time: optional(string()),
        meeting_settings: optional(MeetingSettingsSchema()),
      })),
    }),
})
