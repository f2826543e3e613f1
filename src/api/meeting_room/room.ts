// Generated from catalog/meeting_room.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../core/valibot.ts'
import type { Room } from './types.ts'

/** Input of {@link batchGetRoom}. */
export interface BatchGetRoomInput {
  query: { room_ids: string[]; fields?: string }
}

/** `data` of a successful {@link batchGetRoom} response. */
export interface BatchGetRoomOutput {
  rooms?: Room[]
}

/**
 * `meeting_room.room.batch_get`: GET /open-apis/meeting_room/room/batch_get (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/query-meeting-room-details
 */
export const batchGetRoom = /*#__PURE__*/ endpoint<BatchGetRoomInput, BatchGetRoomOutput>({
  id: 'meeting_room.room.batch_get',
  method: 'GET',
  path: '/open-apis/meeting_room/room/batch_get',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ room_ids: array(string()), fields: optional(string()) }) }),
})

/** Input of {@link batchGetRoomId}. */
export interface BatchGetRoomIdInput {
  query: { custom_room_ids: string[] }
}

/** `data` of a successful {@link batchGetRoomId} response. */
export interface BatchGetRoomIdOutput {
  rooms?: { room_id?: string; custom_room_id?: string }[]
}

/**
 * `meeting_room.room.batch_get_id`: GET /open-apis/meeting_room/room/batch_get_id (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/obtain-meeting-room-id
 */
export const batchGetRoomId = /*#__PURE__*/ endpoint<BatchGetRoomIdInput, BatchGetRoomIdOutput>({
  id: 'meeting_room.room.batch_get_id',
  method: 'GET',
  path: '/open-apis/meeting_room/room/batch_get_id',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ custom_room_ids: array(string()) }) }),
})

/** Input of {@link createRoom}. */
export interface CreateRoomInput {
  body: {
    building_id: string
    floor: string
    name: string
    capacity: number
    is_disabled: boolean
    custom_room_id?: string
  }
}

/** `data` of a successful {@link createRoom} response. */
export interface CreateRoomOutput {
  room_id?: string
}

/**
 * `meeting_room.room.create`: POST /open-apis/meeting_room/room/create (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/create-meeting-room
 */
export const createRoom = /*#__PURE__*/ endpoint<CreateRoomInput, CreateRoomOutput>({
  id: 'meeting_room.room.create',
  method: 'POST',
  path: '/open-apis/meeting_room/room/create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        building_id: string(),
        floor: string(),
        name: string(),
        capacity: number(),
        is_disabled: boolean(),
        custom_room_id: optional(string()),
      }),
    }),
})

/** Input of {@link deleteRoom}. */
export interface DeleteRoomInput {
  body: { room_id: string }
}

/** `data` of a successful {@link deleteRoom} response. */
export type DeleteRoomOutput = { [key: string]: unknown }

/**
 * `meeting_room.room.delete`: POST /open-apis/meeting_room/room/delete (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/delete-meeting-room
 */
export const deleteRoom = /*#__PURE__*/ endpoint<DeleteRoomInput, DeleteRoomOutput>({
  id: 'meeting_room.room.delete',
  method: 'POST',
  path: '/open-apis/meeting_room/room/delete',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ room_id: string() }) }),
})

/** Input of {@link listRoom}. */
export interface ListRoomInput {
  query: { building_id: string; page_size?: number; page_token?: string; order_by?: string; fields?: string }
}

/** `data` of a successful {@link listRoom} response. */
export interface ListRoomOutput {
  page_token?: string
  has_more?: boolean
  rooms?: Room[]
}

/**
 * `meeting_room.room.list`: GET /open-apis/meeting_room/room/list (tenant token).
 *
 * Paginated over `rooms`.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/obtain-meeting-room-list
 */
export const listRoom = /*#__PURE__*/ endpoint<ListRoomInput, ListRoomOutput, true>({
  id: 'meeting_room.room.list',
  method: 'GET',
  path: '/open-apis/meeting_room/room/list',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        building_id: string(),
        page_size: optional(number()),
        page_token: optional(string()),
        order_by: optional(string()),
        fields: optional(string()),
      }),
    }),
  page: { items: 'rooms' },
})

/** Input of {@link updateRoom}. */
export interface UpdateRoomInput {
  body: { room_id: string; name?: string; capacity?: number; custom_room_id?: string }
}

/** `data` of a successful {@link updateRoom} response. */
export type UpdateRoomOutput = { [key: string]: unknown }

/**
 * `meeting_room.room.update`: POST /open-apis/meeting_room/room/update (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/update-meeting-room
 */
export const updateRoom = /*#__PURE__*/ endpoint<UpdateRoomInput, UpdateRoomOutput>({
  id: 'meeting_room.room.update',
  method: 'POST',
  path: '/open-apis/meeting_room/room/update',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        room_id: string(),
        name: optional(string()),
        capacity: optional(number()),
        custom_room_id: optional(string()),
      }),
    }),
})
