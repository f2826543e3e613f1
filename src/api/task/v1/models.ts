// Generated from catalog/task.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Collaborator, Comment, Due, GetTask, Item, Origin, Task } from './types.ts'

/** Builds the schema of {@link Collaborator}. */
export function CollaboratorSchema(): GenericSchema<Collaborator> {
  return looseObject({ id: optional(string()), id_list: optional(array(string())) })
}

/** Builds the schema of {@link Comment}. */
export function CommentSchema(): GenericSchema<Comment> {
  return looseObject({
    content: optional(string()),
    parent_id: optional(string()),
    id: optional(string()),
    create_milli_time: optional(string()),
    rich_content: optional(string()),
    creator_id: optional(string()),
  })
}

/** Builds the schema of {@link Due}. */
export function DueSchema(): GenericSchema<Due> {
  return looseObject({ time: optional(string()), timezone: optional(string()), is_all_day: optional(boolean()) })
}

/** Builds the schema of {@link GetTask}. */
export function GetTaskSchema(): GenericSchema<GetTask> {
  return looseObject({
    id: optional(string()),
    summary: optional(string()),
    description: optional(string()),
    complete_time: optional(string()),
    creator_id: optional(string()),
    extra: optional(string()),
    create_time: optional(string()),
    update_time: optional(string()),
    due: optional(DueSchema()),
    origin: OriginSchema(),
    can_edit: optional(boolean()),
    custom: optional(string()),
    source: optional(number()),
    followers: optional(array(CollaboratorSchema())),
    collaborators: optional(array(CollaboratorSchema())),
    collaborator_ids: optional(array(string())),
    follower_ids: optional(array(string())),
    repeat_rule: optional(string()),
    rich_summary: optional(string()),
    rich_description: optional(string()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({ id: optional(string()), relative_fire_minute: number() })
}

/** Builds the schema of {@link Origin}. */
export function OriginSchema(): GenericSchema<Origin> {
  return looseObject({
    platform_i18n_name: string(),
    href: optional(looseObject({ url: optional(string()), title: optional(string()) })),
  })
}

/** Builds the schema of {@link Task}. */
export function TaskSchema(): GenericSchema<Task> {
  return looseObject({
    id: optional(string()),
    summary: optional(string()),
    description: optional(string()),
    complete_time: optional(string()),
    creator_id: optional(string()),
    extra: optional(string()),
    create_time: optional(string()),
    update_time: optional(string()),
    due: optional(DueSchema()),
    origin: OriginSchema(),
    custom: optional(string()),
    source: optional(number()),
    followers: optional(array(CollaboratorSchema())),
    collaborators: optional(array(CollaboratorSchema())),
    collaborator_ids: optional(array(string())),
    follower_ids: optional(array(string())),
    repeat_rule: optional(string()),
    rich_summary: optional(string()),
    rich_description: optional(string()),
  })
}
