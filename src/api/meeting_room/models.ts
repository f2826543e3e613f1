// Generated from catalog/meeting_room.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../core/valibot.ts'
import type { Building, Room } from './types.ts'

/** Builds the schema of {@link Building}. */
export function BuildingSchema(): GenericSchema<Building> {
  return looseObject({
    building_id: optional(string()),
    description: optional(string()),
    floors: optional(array(string())),
    name: optional(string()),
    country_id: optional(string()),
    district_id: optional(string()),
  })
}

/** Builds the schema of {@link Room}. */
export function RoomSchema(): GenericSchema<Room> {
  return looseObject({
    room_id: optional(string()),
    building_id: optional(string()),
    building_name: optional(string()),
    capacity: optional(number()),
    description: optional(string()),
    display_id: optional(string()),
    floor_name: optional(string()),
    is_disabled: optional(boolean()),
    name: optional(string()),
  })
}
