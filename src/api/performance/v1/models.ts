// Generated from catalog/performance.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Base, Item, ListItem, Name, ReviewerUserId } from './types.ts'

/** Builds the schema of {@link Base}. */
export function BaseSchema(): GenericSchema<Base> {
  return looseObject({
    semester_id: optional(string()),
    semester_name: optional(NameSchema()),
    start_time: optional(string()),
    end_time: optional(string()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    user_id: optional(string()),
    stage_num_lists: optional(array(looseObject({
      task_option_id: optional(number()),
      stage_num: optional(number()),
    }))),
    stage_task_info_lists: optional(array(looseObject({
      stage_id: optional(string()),
      name: optional(NameSchema()),
      deadline: optional(string()),
      need_todo_count: optional(number()),
      jump_url: optional(string()),
      stage_task_status: optional(picklist(['need_todo', 'overdue', 'all_done', 'stage_pause'])),
      task_option_id: optional(number()),
      finished_count: optional(number()),
    }))),
  })
}

/** Builds the schema of {@link ListItem}. */
export function ListItemSchema(): GenericSchema<ListItem> {
  return looseObject({
    id: optional(string()),
    year: optional(number()),
    type_group: optional(string()),
    type: optional(string()),
    name: optional(NameSchema()),
    progress: optional(picklist(['enabled', 'initiating'])),
    start_time: optional(string()),
    end_time: optional(string()),
    create_time: optional(string()),
    modify_time: optional(string()),
    create_user_id: optional(string()),
    modify_user_id: optional(string()),
  })
}

/** Builds the schema of {@link Name}. */
export function NameSchema(): GenericSchema<Name> {
  return looseObject({ 'zh-CN': optional(string()), 'en-US': optional(string()) })
}

/** Builds the schema of {@link ReviewerUserId}. */
export function ReviewerUserIdSchema(): GenericSchema<ReviewerUserId> {
  return looseObject({ open_id: optional(string()), user_id: optional(string()) })
}
