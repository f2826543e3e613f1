// Generated from catalog/acs.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Item` of catalog/acs.v1.json. */
export interface Item {
  feature?: { card?: number; face_uploaded?: boolean }
  user_id?: string
}

/** Shared shape `Rule` of catalog/acs.v1.json. */
export interface Rule {
  id?: string
  name?: string
  devices?: { id?: string; name?: string }[]
  user_count?: string
  users?: User[]
  visitor_count?: string
  visitors?: User[]
  remind_face?: boolean
  opening_time?: {
    valid_day?: { start_day: number; end_day: number }
    weekdays?: number[]
    day_times?: { start_hhmm: number; end_hhmm: number }[]
  }
  is_temp?: boolean
}

/** Shared shape `User` of catalog/acs.v1.json. */
export interface User {
  user_type: number
  user_id?: string
  user_name?: string
  phone_num?: string
  department_id?: string
}
