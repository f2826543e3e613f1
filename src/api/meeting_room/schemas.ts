// Generated from catalog/meeting_room.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, record, string } from '../../core/valibot.ts'
import { BuildingSchema, RoomSchema } from './models.ts'
import type {
  BatchGetBuildingIdOutput,
  BatchGetBuildingOutput,
  CreateBuildingOutput,
  DeleteBuildingOutput,
  ListBuildingOutput,
  UpdateBuildingOutput,
} from './building.ts'
import type { ListCountryOutput } from './country.ts'
import type { ListDistrictOutput } from './district.ts'
import type { BatchGetFreebusyOutput } from './freebusy.ts'
import type { ReplyInstanceOutput } from './instance.ts'
import type {
  BatchGetRoomIdOutput,
  BatchGetRoomOutput,
  CreateRoomOutput,
  DeleteRoomOutput,
  ListRoomOutput,
  UpdateRoomOutput,
} from './room.ts'
import type { BatchGetSummaryOutput } from './summary.ts'

/** Schema of {@link BatchGetBuildingOutput}, for opt-in response validation. */
export const BatchGetBuildingOutputSchema: GenericSchema<BatchGetBuildingOutput> = /*#__PURE__*/ (() => looseObject({
  buildings: optional(array(BuildingSchema())),
}))()

/** Schema of {@link BatchGetBuildingIdOutput}, for opt-in response validation. */
export const BatchGetBuildingIdOutputSchema: GenericSchema<BatchGetBuildingIdOutput> = /*#__PURE__*/ (() => looseObject({
  buildings: optional(array(looseObject({ building_id: optional(string()), custom_building_id: optional(string()) }))),
}))()

/** Schema of {@link CreateBuildingOutput}, for opt-in response validation. */
export const CreateBuildingOutputSchema: GenericSchema<CreateBuildingOutput> = /*#__PURE__*/ (() => looseObject({
  building_id: optional(string()),
}))()

/** Schema of {@link DeleteBuildingOutput}, for opt-in response validation. */
export const DeleteBuildingOutputSchema: GenericSchema<DeleteBuildingOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ListBuildingOutput}, for opt-in response validation. */
export const ListBuildingOutputSchema: GenericSchema<ListBuildingOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  has_more: optional(boolean()),
  buildings: optional(array(BuildingSchema())),
}))()

/** Schema of {@link UpdateBuildingOutput}, for opt-in response validation. */
export const UpdateBuildingOutputSchema: GenericSchema<UpdateBuildingOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ListCountryOutput}, for opt-in response validation. */
export const ListCountryOutputSchema: GenericSchema<ListCountryOutput> = /*#__PURE__*/ (() => looseObject({
  countries: optional(array(looseObject({ country_id: optional(string()), name: optional(string()) }))),
}))()

/** Schema of {@link ListDistrictOutput}, for opt-in response validation. */
export const ListDistrictOutputSchema: GenericSchema<ListDistrictOutput> = /*#__PURE__*/ (() => looseObject({
  districts: optional(array(looseObject({ district_id: optional(string()), name: optional(string()) }))),
}))()

/** Schema of {@link BatchGetFreebusyOutput}, for opt-in response validation. */
export const BatchGetFreebusyOutputSchema: GenericSchema<BatchGetFreebusyOutput> = /*#__PURE__*/ (() => looseObject({
  time_min: optional(string()),
  time_max: optional(string()),
  free_busy: optional(record(
    string(),
    array(looseObject({
      start_time: optional(string()),
      end_time: optional(string()),
      uid: optional(string()),
      original_time: optional(number()),
      organizer_info: optional(looseObject({ name: optional(string()), open_id: optional(string()) })),
    })),
  )),
}))()

/** Schema of {@link ReplyInstanceOutput}, for opt-in response validation. */
export const ReplyInstanceOutputSchema: GenericSchema<ReplyInstanceOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link BatchGetRoomOutput}, for opt-in response validation. */
export const BatchGetRoomOutputSchema: GenericSchema<BatchGetRoomOutput> = /*#__PURE__*/ (() => looseObject({
  rooms: optional(array(RoomSchema())),
}))()

/** Schema of {@link BatchGetRoomIdOutput}, for opt-in response validation. */
export const BatchGetRoomIdOutputSchema: GenericSchema<BatchGetRoomIdOutput> = /*#__PURE__*/ (() => looseObject({
  rooms: optional(array(looseObject({ room_id: optional(string()), custom_room_id: optional(string()) }))),
}))()

/** Schema of {@link CreateRoomOutput}, for opt-in response validation. */
export const CreateRoomOutputSchema: GenericSchema<CreateRoomOutput> = /*#__PURE__*/ (() => looseObject({
  room_id: optional(string()),
}))()

/** Schema of {@link DeleteRoomOutput}, for opt-in response validation. */
export const DeleteRoomOutputSchema: GenericSchema<DeleteRoomOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ListRoomOutput}, for opt-in response validation. */
export const ListRoomOutputSchema: GenericSchema<ListRoomOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  has_more: optional(boolean()),
  rooms: optional(array(RoomSchema())),
}))()

/** Schema of {@link UpdateRoomOutput}, for opt-in response validation. */
export const UpdateRoomOutputSchema: GenericSchema<UpdateRoomOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link BatchGetSummaryOutput}, for opt-in response validation. */
export const BatchGetSummaryOutputSchema: GenericSchema<BatchGetSummaryOutput> = /*#__PURE__*/ (() => looseObject({
  EventInfos: optional(array(looseObject({
    uid: optional(string()),
    original_time: optional(number()),
    summary: optional(string()),
    vchat: optional(looseObject({
      vc_type: optional(picklist(['vc', 'third_party', 'no_meeting', 'lark_live', 'unknown'])),
      icon_type: optional(picklist(['vc', 'live', 'default'])),
      description: optional(string()),
      meeting_url: optional(string()),
    })),
  }))),
  ErrorEventUids: optional(array(looseObject({
    uid: optional(string()),
    original_time: optional(number()),
    error_msg: optional(string()),
  }))),
}))()
