// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link createRoomLevel}. */
export interface CreateRoomLevelInput {
  body: { name: string; parent_id: string; custom_group_id?: string }
}

/** `data` of a successful {@link createRoomLevel} response. */
export interface CreateRoomLevelOutput {
  room_level?: Item
}

/**
 * `vc.v1.room_level.create`: POST /open-apis/vc/v1/room_levels (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=vc&resource=room_level&version=v1
 */
export const createRoomLevel = /*#__PURE__*/ endpoint<CreateRoomLevelInput, CreateRoomLevelOutput>({
  id: 'vc.v1.room_level.create',
  method: 'POST',
  path: '/open-apis/vc/v1/room_levels',
  tokens: ['tenant'],
  input: () =>
    looseObject({ body: looseObject({ name: string(), parent_id: string(), custom_group_id: optional(string()) }) }),
})

/** Input of {@link delRoomLevel}. */
export interface DelRoomLevelInput {
  body: { room_level_id: string; delete_child?: boolean }
}

/** `data` of a successful {@link delRoomLevel} response. */
export type DelRoomLevelOutput = { [key: string]: unknown }

/**
 * `vc.v1.room_level.del`: POST /open-apis/vc/v1/room_levels/del (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=del&project=vc&resource=room_level&version=v1
 */
export const delRoomLevel = /*#__PURE__*/ endpoint<DelRoomLevelInput, DelRoomLevelOutput>({
  id: 'vc.v1.room_level.del',
  method: 'POST',
  path: '/open-apis/vc/v1/room_levels/del',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ room_level_id: string(), delete_child: optional(boolean()) }) }),
})

/** Input of {@link getRoomLevel}. */
export interface GetRoomLevelInput {
  path: { room_level_id: string }
}

/** `data` of a successful {@link getRoomLevel} response. */
export interface GetRoomLevelOutput {
  room_level?: Item
}

/**
 * `vc.v1.room_level.get`: GET /open-apis/vc/v1/room_levels/:room_level_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=room_level&version=v1
 */
export const getRoomLevel = /*#__PURE__*/ endpoint<GetRoomLevelInput, GetRoomLevelOutput>({
  id: 'vc.v1.room_level.get',
  method: 'GET',
  path: '/open-apis/vc/v1/room_levels/:room_level_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ room_level_id: string() }) }),
})

/** Input of {@link listRoomLevel}. */
export interface ListRoomLevelInput {
  query?: { room_level_id?: string; page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listRoomLevel} response. */
export interface ListRoomLevelOutput {
  items?: Item[]
  page_token?: string
  has_more?: boolean
}

/**
 * `vc.v1.room_level.list`: GET /open-apis/vc/v1/room_levels (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=vc&resource=room_level&version=v1
 */
export const listRoomLevel = /*#__PURE__*/ endpoint<ListRoomLevelInput, ListRoomLevelOutput, true>({
  id: 'vc.v1.room_level.list',
  method: 'GET',
  path: '/open-apis/vc/v1/room_levels',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        room_level_id: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link mgetRoomLevel}. */
export interface MgetRoomLevelInput {
  body: { level_ids: string[] }
}

/** `data` of a successful {@link mgetRoomLevel} response. */
export interface MgetRoomLevelOutput {
  items?: Item[]
}

/**
 * `vc.v1.room_level.mget`: POST /open-apis/vc/v1/room_levels/mget (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=mget&project=vc&resource=room_level&version=v1
 */
export const mgetRoomLevel = /*#__PURE__*/ endpoint<MgetRoomLevelInput, MgetRoomLevelOutput>({
  id: 'vc.v1.room_level.mget',
  method: 'POST',
  path: '/open-apis/vc/v1/room_levels/mget',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ level_ids: array(string()) }) }),
})

/** Input of {@link patchRoomLevel}. */
export interface PatchRoomLevelInput {
  path: { room_level_id: string }
  body: { name: string; parent_id: string; custom_group_id?: string }
}

/** `data` of a successful {@link patchRoomLevel} response. */
export type PatchRoomLevelOutput = { [key: string]: unknown }

/**
 * `vc.v1.room_level.patch`: PATCH /open-apis/vc/v1/room_levels/:room_level_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=vc&resource=room_level&version=v1
 */
export const patchRoomLevel = /*#__PURE__*/ endpoint<PatchRoomLevelInput, PatchRoomLevelOutput>({
  id: 'vc.v1.room_level.patch',
  method: 'PATCH',
  path: '/open-apis/vc/v1/room_levels/:room_level_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ room_level_id: string() }),
      body: looseObject({ name: string(), parent_id: string(), custom_group_id: optional(string()) }),
    }),
})

/** Input of {@link searchRoomLevel}. */
export interface SearchRoomLevelInput {
  query: { custom_level_ids: string }
}

/** `data` of a successful {@link searchRoomLevel} response. */
export interface SearchRoomLevelOutput {
  level_ids?: string[]
}

/**
 * `vc.v1.room_level.search`: GET /open-apis/vc/v1/room_levels/search (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=vc&resource=room_level&version=v1
 */
export const searchRoomLevel = /*#__PURE__*/ endpoint<SearchRoomLevelInput, SearchRoomLevelOutput>({
  id: 'vc.v1.room_level.search',
  method: 'GET',
  path: '/open-apis/vc/v1/room_levels/search',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ custom_level_ids: string() }) }),
})
