// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { DigitalSignageSchema } from './models.ts'
import type { DigitalSignage, RoomStatus } from './types.ts'

/** Input of {@link delRoomConfig}. */
export interface DelRoomConfigInput {
  body: {
    scope: number
    country_id?: string
    district_id?: string
    building_id?: string
    floor_name?: string
    room_id?: string
    config: string
  }
}

/** `data` of a successful {@link delRoomConfig} response. */
export type DelRoomConfigOutput = { [key: string]: unknown }

/**
 * `vc.v1.room_config.del`: POST /open-apis/vc/v1/room_configs/del (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=del&project=vc&resource=room_config&version=v1
 */
export const delRoomConfig = /*#__PURE__*/ endpoint<DelRoomConfigInput, DelRoomConfigOutput>({
  id: 'vc.v1.room_config.del',
  method: 'POST',
  path: '/open-apis/vc/v1/room_configs/del',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        scope: number(),
        country_id: optional(string()),
        district_id: optional(string()),
        building_id: optional(string()),
        floor_name: optional(string()),
        room_id: optional(string()),
        config: string(),
      }),
    }),
})

/** Input of {@link queryRoomConfig}. */
export interface QueryRoomConfigInput {
  query: {
    scope: number
    country_id?: string
    district_id?: string
    building_id?: string
    floor_name?: string
    room_id?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link queryRoomConfig} response. */
export interface QueryRoomConfigOutput {
  room_background?: string
  display_background?: string
  digital_signage?: DigitalSignage
  room_box_digital_signage?: DigitalSignage
  room_status?: RoomStatus
}

/**
 * `vc.v1.room_config.query`: GET /open-apis/vc/v1/room_configs/query (tenant token).
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=vc&resource=room_config&version=v1
 */
export const queryRoomConfig = /*#__PURE__*/ endpoint<QueryRoomConfigInput, QueryRoomConfigOutput>({
  id: 'vc.v1.room_config.query',
  method: 'GET',
  path: '/open-apis/vc/v1/room_configs/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        scope: number(),
        country_id: optional(string()),
        district_id: optional(string()),
        building_id: optional(string()),
        floor_name: optional(string()),
        room_id: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})

/** Input of {@link setRoomConfig}. */
export interface SetRoomConfigInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    scope: number
    country_id?: string
    district_id?: string
    building_id?: string
    floor_name?: string
    room_id?: string
    room_config: {
      room_background?: string
      display_background?: string
      digital_signage?: DigitalSignage
      room_box_digital_signage?: DigitalSignage
      room_status?: {
        status: boolean
        disable_start_time?: string
        disable_end_time?: string
        disable_reason?: string
        contact_ids?: string[]
        disable_notice?: boolean
        resume_notice?: boolean
      }
    }
  }
}

/** `data` of a successful {@link setRoomConfig} response. */
export type SetRoomConfigOutput = { [key: string]: unknown }

/**
 * `vc.v1.room_config.set`: POST /open-apis/vc/v1/room_configs/set (tenant token).
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=set&project=vc&resource=room_config&version=v1
 */
export const setRoomConfig = /*#__PURE__*/ endpoint<SetRoomConfigInput, SetRoomConfigOutput>({
  id: 'vc.v1.room_config.set',
  method: 'POST',
  path: '/open-apis/vc/v1/room_configs/set',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        scope: number(),
        country_id: optional(string()),
        district_id: optional(string()),
        building_id: optional(string()),
        floor_name: optional(string()),
        room_id: optional(string()),
        room_config: looseObject({
          room_background: optional(string()),
          display_background: optional(string()),
          digital_signage: optional(DigitalSignageSchema()),
          room_box_digital_signage: optional(DigitalSignageSchema()),
          room_status: optional(looseObject({
            status: boolean(),
            disable_start_time: optional(string()),
            disable_end_time: optional(string()),
            disable_reason: optional(string()),
            contact_ids: optional(array(string())),
            disable_notice: optional(boolean()),
            resume_notice: optional(boolean()),
          })),
        }),
      }),
    }),
})

/** Input of {@link setRoomConfigCheckboardAccessCode}. */
export interface SetRoomConfigCheckboardAccessCodeInput {
  body: {
    scope: number
    country_id?: string
    district_id?: string
    building_id?: string
    floor_name?: string
    room_id?: string
    valid_day: number
  }
}

/** `data` of a successful {@link setRoomConfigCheckboardAccessCode} response. */
export interface SetRoomConfigCheckboardAccessCodeOutput {
  access_code?: string
}

/**
 * `vc.v1.room_config.set_checkboard_access_code`: POST /open-apis/vc/v1/room_configs/set_checkboard_access_code (tenant token).
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=set_checkboard_access_code&project=vc&resource=room_config&version=v1
 */
export const setRoomConfigCheckboardAccessCode = /*#__PURE__*/ endpoint<SetRoomConfigCheckboardAccessCodeInput, SetRoomConfigCheckboardAccessCodeOutput>({
  id: 'vc.v1.room_config.set_checkboard_access_code',
  method: 'POST',
  path: '/open-apis/vc/v1/room_configs/set_checkboard_access_code',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        scope: number(),
        country_id: optional(string()),
        district_id: optional(string()),
        building_id: optional(string()),
        floor_name: optional(string()),
        room_id: optional(string()),
        valid_day: number(),
      }),
    }),
})

/** Input of {@link setRoomConfigRoomAccessCode}. */
export interface SetRoomConfigRoomAccessCodeInput {
  body: {
    scope: number
    country_id?: string
    district_id?: string
    building_id?: string
    floor_name?: string
    room_id?: string
    valid_day: number
  }
}

/** `data` of a successful {@link setRoomConfigRoomAccessCode} response. */
export interface SetRoomConfigRoomAccessCodeOutput {
  access_code?: string
}

/**
 * `vc.v1.room_config.set_room_access_code`: POST /open-apis/vc/v1/room_configs/set_room_access_code (tenant token).
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=set_room_access_code&project=vc&resource=room_config&version=v1
 */
export const setRoomConfigRoomAccessCode = /*#__PURE__*/ endpoint<SetRoomConfigRoomAccessCodeInput, SetRoomConfigRoomAccessCodeOutput>({
  id: 'vc.v1.room_config.set_room_access_code',
  method: 'POST',
  path: '/open-apis/vc/v1/room_configs/set_room_access_code',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        scope: number(),
        country_id: optional(string()),
        district_id: optional(string()),
        building_id: optional(string()),
        floor_name: optional(string()),
        room_id: optional(string()),
        valid_day: number(),
      }),
    }),
})
