// Generated from catalog/acs.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Item, Rule, User } from './types.ts'

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    feature: optional(looseObject({ card: optional(number()), face_uploaded: optional(boolean()) })),
    user_id: optional(string()),
  })
}

/** Builds the schema of {@link Rule}. */
export function RuleSchema(): GenericSchema<Rule> {
  return looseObject({
    id: optional(string()),
    name: optional(string()),
    devices: optional(array(looseObject({ id: optional(string()), name: optional(string()) }))),
    user_count: optional(string()),
    users: optional(array(UserSchema())),
    visitor_count: optional(string()),
    visitors: optional(array(UserSchema())),
    remind_face: optional(boolean()),
    opening_time: optional(looseObject({
      valid_day: optional(looseObject({ start_day: number(), end_day: number() })),
      weekdays: optional(array(number())),
      day_times: optional(array(looseObject({ start_hhmm: number(), end_hhmm: number() }))),
    })),
    is_temp: optional(boolean()),
  })
}

/** Builds the schema of {@link User}. */
export function UserSchema(): GenericSchema<User> {
  return looseObject({
    user_type: number(),
    user_id: optional(string()),
    user_name: optional(string()),
    phone_num: optional(string()),
    department_id: optional(string()),
  })
}
