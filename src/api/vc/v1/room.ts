// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { RoomStatusSchema } from './models.ts'
import type { Room, RoomStatus } from './types.ts'

/** Input of {@link createRoom}. */
export interface CreateRoomInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    name: string
    capacity: number
    description?: string
    custom_room_id?: string
    room_level_id: string
    room_status?: RoomStatus
    device?: { name: string }[]
  }
}

/** `data` of a successful {@link createRoom} response. */
export interface CreateRoomOutput {
  room?: Room
}

/**
 * `vc.v1.room.create`: POST /open-apis/vc/v1/rooms (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=vc&resource=room&version=v1
 */
export const createRoom = /*#__PURE__*/ endpoint<CreateRoomInput, CreateRoomOutput>({
  id: 'vc.v1.room.create',
  method: 'POST',
  path: '/open-apis/vc/v1/rooms',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        name: string(),
        capacity: number(),
        description: optional(string()),
        custom_room_id: optional(string()),
        room_level_id: string(),
        room_status: optional(RoomStatusSchema()),
        device: optional(array(looseObject({ name: string() }))),
      }),
    }),
})

/** Input of {@link deleteRoom}. */
export interface DeleteRoomInput {
  path: { room_id: string }
}

/** `data` of a successful {@link deleteRoom} response. */
export type DeleteRoomOutput = { [key: string]: unknown }

/**
 * `vc.v1.room.delete`: DELETE /open-apis/vc/v1/rooms/:room_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=vc&resource=room&version=v1
 */
export const deleteRoom = /*#__PURE__*/ endpoint<DeleteRoomInput, DeleteRoomOutput>({
  id: 'vc.v1.room.delete',
  method: 'DELETE',
  path: '/open-apis/vc/v1/rooms/:room_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ room_id: string() }) }),
})

/** Input of {@link getRoom}. */
export interface GetRoomInput {
  path: { room_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getRoom} response. */
export interface GetRoomOutput {
  room?: Room
}

/**
 * `vc.v1.room.get`: GET /open-apis/vc/v1/rooms/:room_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=room&version=v1
 */
export const getRoom = /*#__PURE__*/ endpoint<GetRoomInput, GetRoomOutput>({
  id: 'vc.v1.room.get',
  method: 'GET',
  path: '/open-apis/vc/v1/rooms/:room_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ room_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link listRoom}. */
export interface ListRoomInput {
  query?: {
    page_size?: number
    page_token?: string
    room_level_id?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listRoom} response. */
export interface ListRoomOutput {
  rooms?: Room[]
  page_token?: string
  has_more?: boolean
}

/**
 * `vc.v1.room.list`: GET /open-apis/vc/v1/rooms (tenant token).
 *
 * Paginated over `rooms`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=vc&resource=room&version=v1
 */
export const listRoom = /*#__PURE__*/ endpoint<ListRoomInput, ListRoomOutput, true>({
  id: 'vc.v1.room.list',
  method: 'GET',
  path: '/open-apis/vc/v1/rooms',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        room_level_id: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'rooms' },
})

/** Input of {@link mgetRoom}. */
export interface MgetRoomInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { room_ids: string[] }
}

/** `data` of a successful {@link mgetRoom} response. */
export interface MgetRoomOutput {
  items?: Room[]
}

/**
 * `vc.v1.room.mget`: POST /open-apis/vc/v1/rooms/mget (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=mget&project=vc&resource=room&version=v1
 */
export const mgetRoom = /*#__PURE__*/ endpoint<MgetRoomInput, MgetRoomOutput>({
  id: 'vc.v1.room.mget',
  method: 'POST',
  path: '/open-apis/vc/v1/rooms/mget',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ room_ids: array(string()) }),
    }),
})

/** Input of {@link patchRoom}. */
export interface PatchRoomInput {
  path: { room_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    name?: string
    capacity?: number
    description?: string
    custom_room_id?: string
    room_level_id?: string
    room_status?: RoomStatus
    device?: { name: string }[]
  }
}

/** `data` of a successful {@link patchRoom} response. */
export type PatchRoomOutput = { [key: string]: unknown }

/**
 * `vc.v1.room.patch`: PATCH /open-apis/vc/v1/rooms/:room_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=vc&resource=room&version=v1
 */
export const patchRoom = /*#__PURE__*/ endpoint<PatchRoomInput, PatchRoomOutput>({
  id: 'vc.v1.room.patch',
  method: 'PATCH',
  path: '/open-apis/vc/v1/rooms/:room_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ room_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        name: optional(string()),
        capacity: optional(number()),
        description: optional(string()),
        custom_room_id: optional(string()),
        room_level_id: optional(string()),
        room_status: optional(RoomStatusSchema()),
        device: optional(array(looseObject({ name: string() }))),
      })),
    }),
})

/** Input of {@link searchRoom}. */
export interface SearchRoomInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    custom_room_ids?: string[]
    keyword?: string
    room_level_id?: string
    search_level_name?: boolean
    page_size?: number
    page_token?: string
  }
}

/** `data` of a successful {@link searchRoom} response. */
export interface SearchRoomOutput {
  rooms?: Room[]
  page_token?: string
  has_more?: boolean
}

/**
 * `vc.v1.room.search`: POST /open-apis/vc/v1/rooms/search (user token).
 *
 * Paginated over `rooms` (page token in the body).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=vc&resource=room&version=v1
 */
export const searchRoom = /*#__PURE__*/ endpoint<SearchRoomInput, SearchRoomOutput, true>({
  id: 'vc.v1.room.search',
  method: 'POST',
  path: '/open-apis/vc/v1/rooms/search',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        custom_room_ids: optional(array(string())),
        keyword: optional(string()),
        room_level_id: optional(string()),
        search_level_name: optional(boolean()),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
    }),
  page: { items: 'rooms', tokenIn: 'body' },
})
