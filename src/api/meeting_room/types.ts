// Generated from catalog/meeting_room.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Building` of catalog/meeting_room.json. */
export interface Building {
  building_id?: string
  description?: string
  floors?: string[]
  name?: string
  country_id?: string
  district_id?: string
}

/** Shared shape `Room` of catalog/meeting_room.json. */
export interface Room {
  room_id?: string
  building_id?: string
  building_name?: string
  capacity?: number
  description?: string
  display_id?: string
  floor_name?: string
  is_disabled?: boolean
  name?: string
}
