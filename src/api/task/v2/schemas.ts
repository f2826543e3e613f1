// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import {
  ActivitySubscriptionSchema,
  AttachmentSchema,
  CommentSchema,
  CreateTasklistSchema,
  CustomFieldSchema,
  DependencieSchema,
  ItemSchema,
  ListRelatedTaskItemSchema,
  OptionSchema,
  SectionSchema,
  TaskAttachmentSchema,
  TaskSchema,
  TasklistSchema,
  TasksItemSchema,
} from './models.ts'
import type {
  DeleteAttachmentOutput,
  GetAttachmentOutput,
  ListAttachmentOutput,
  UploadAttachmentOutput,
} from './attachment.ts'
import type {
  CreateCommentOutput,
  DeleteCommentOutput,
  GetCommentOutput,
  ListCommentOutput,
  PatchCommentOutput,
} from './comment.ts'
import type {
  AddCustomFieldOutput,
  CreateCustomFieldOutput,
  GetCustomFieldOutput,
  ListCustomFieldOutput,
  PatchCustomFieldOutput,
  RemoveCustomFieldOutput,
} from './custom_field.ts'
import type { CreateCustomFieldOptionOutput, PatchCustomFieldOptionOutput } from './custom_field.option.ts'
import type {
  CreateSectionOutput,
  DeleteSectionOutput,
  GetSectionOutput,
  ListSectionOutput,
  PatchSectionOutput,
  TasksSectionOutput,
} from './section.ts'
import type {
  AddTaskDependenciesOutput,
  AddTaskMembersOutput,
  AddTaskRemindersOutput,
  AddTaskTasklistOutput,
  CreateTaskOutput,
  DeleteTaskOutput,
  GetTaskOutput,
  ListTaskOutput,
  PatchTaskOutput,
  RemoveTaskDependenciesOutput,
  RemoveTaskMembersOutput,
  RemoveTaskRemindersOutput,
  RemoveTaskTasklistOutput,
  SearchTaskOutput,
  SetTaskAncestorTaskOutput,
  TasklistsTaskOutput,
} from './task.ts'
import type { CreateTaskSubtaskOutput, ListTaskSubtaskOutput } from './task.subtask.ts'
import type { ListTaskV2RelatedTaskOutput, TaskTaskV2SubscriptionOutput } from './task_v2.ts'
import type {
  AddTasklistMembersOutput,
  CreateTasklistOutput,
  DeleteTasklistOutput,
  GetTasklistOutput,
  ListTasklistOutput,
  PatchTasklistOutput,
  RemoveTasklistMembersOutput,
  SearchTasklistOutput,
  TasksTasklistOutput,
} from './tasklist.ts'
import type {
  CreateTasklistActivitySubscriptionOutput,
  DeleteTasklistActivitySubscriptionOutput,
  GetTasklistActivitySubscriptionOutput,
  ListTasklistActivitySubscriptionOutput,
  PatchTasklistActivitySubscriptionOutput,
} from './tasklist.activity_subscription.ts'

/** Schema of {@link DeleteAttachmentOutput}, for opt-in response validation. */
export const DeleteAttachmentOutputSchema: GenericSchema<DeleteAttachmentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetAttachmentOutput}, for opt-in response validation. */
export const GetAttachmentOutputSchema: GenericSchema<GetAttachmentOutput> = /*#__PURE__*/ (() => looseObject({
  attachment: optional(AttachmentSchema()),
}))()

/** Schema of {@link ListAttachmentOutput}, for opt-in response validation. */
export const ListAttachmentOutputSchema: GenericSchema<ListAttachmentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(AttachmentSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link UploadAttachmentOutput}, for opt-in response validation. */
export const UploadAttachmentOutputSchema: GenericSchema<UploadAttachmentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(TaskAttachmentSchema())),
}))()

/** Schema of {@link CreateCommentOutput}, for opt-in response validation. */
export const CreateCommentOutputSchema: GenericSchema<CreateCommentOutput> = /*#__PURE__*/ (() => looseObject({
  comment: optional(CommentSchema()),
}))()

/** Schema of {@link DeleteCommentOutput}, for opt-in response validation. */
export const DeleteCommentOutputSchema: GenericSchema<DeleteCommentOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetCommentOutput}, for opt-in response validation. */
export const GetCommentOutputSchema: GenericSchema<GetCommentOutput> = /*#__PURE__*/ (() => looseObject({
  comment: optional(CommentSchema()),
}))()

/** Schema of {@link ListCommentOutput}, for opt-in response validation. */
export const ListCommentOutputSchema: GenericSchema<ListCommentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CommentSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchCommentOutput}, for opt-in response validation. */
export const PatchCommentOutputSchema: GenericSchema<PatchCommentOutput> = /*#__PURE__*/ (() => looseObject({
  comment: optional(CommentSchema()),
}))()

/** Schema of {@link AddCustomFieldOutput}, for opt-in response validation. */
export const AddCustomFieldOutputSchema: GenericSchema<AddCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreateCustomFieldOutput}, for opt-in response validation. */
export const CreateCustomFieldOutputSchema: GenericSchema<CreateCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
  custom_field: optional(CustomFieldSchema()),
}))()

/** Schema of {@link GetCustomFieldOutput}, for opt-in response validation. */
export const GetCustomFieldOutputSchema: GenericSchema<GetCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
  custom_field: optional(CustomFieldSchema()),
}))()

/** Schema of {@link ListCustomFieldOutput}, for opt-in response validation. */
export const ListCustomFieldOutputSchema: GenericSchema<ListCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CustomFieldSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchCustomFieldOutput}, for opt-in response validation. */
export const PatchCustomFieldOutputSchema: GenericSchema<PatchCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
  custom_field: optional(CustomFieldSchema()),
}))()

/** Schema of {@link RemoveCustomFieldOutput}, for opt-in response validation. */
export const RemoveCustomFieldOutputSchema: GenericSchema<RemoveCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateCustomFieldOptionOutput}, for opt-in response validation. */
export const CreateCustomFieldOptionOutputSchema: GenericSchema<CreateCustomFieldOptionOutput> = /*#__PURE__*/ (() => looseObject({
  option: optional(OptionSchema()),
}))()

/** Schema of {@link PatchCustomFieldOptionOutput}, for opt-in response validation. */
export const PatchCustomFieldOptionOutputSchema: GenericSchema<PatchCustomFieldOptionOutput> = /*#__PURE__*/ (() => looseObject({
  option: optional(OptionSchema()),
}))()

/** Schema of {@link CreateSectionOutput}, for opt-in response validation. */
export const CreateSectionOutputSchema: GenericSchema<CreateSectionOutput> = /*#__PURE__*/ (() => looseObject({
  section: optional(SectionSchema()),
}))()

/** Schema of {@link DeleteSectionOutput}, for opt-in response validation. */
export const DeleteSectionOutputSchema: GenericSchema<DeleteSectionOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetSectionOutput}, for opt-in response validation. */
export const GetSectionOutputSchema: GenericSchema<GetSectionOutput> = /*#__PURE__*/ (() => looseObject({
  section: optional(SectionSchema()),
}))()

/** Schema of {@link ListSectionOutput}, for opt-in response validation. */
export const ListSectionOutputSchema: GenericSchema<ListSectionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    guid: optional(string()),
    name: optional(string()),
    is_default: optional(boolean()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchSectionOutput}, for opt-in response validation. */
export const PatchSectionOutputSchema: GenericSchema<PatchSectionOutput> = /*#__PURE__*/ (() => looseObject({
  section: optional(SectionSchema()),
}))()

/** Schema of {@link TasksSectionOutput}, for opt-in response validation. */
export const TasksSectionOutputSchema: GenericSchema<TasksSectionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(TasksItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link AddTaskDependenciesOutput}, for opt-in response validation. */
export const AddTaskDependenciesOutputSchema: GenericSchema<AddTaskDependenciesOutput> = /*#__PURE__*/ (() => looseObject({
  dependencies: optional(array(DependencieSchema())),
}))()

/** Schema of {@link AddTaskMembersOutput}, for opt-in response validation. */
export const AddTaskMembersOutputSchema: GenericSchema<AddTaskMembersOutput> = /*#__PURE__*/ (() => looseObject({
  task: optional(TaskSchema()),
}))()

/** Schema of {@link AddTaskRemindersOutput}, for opt-in response validation. */
export const AddTaskRemindersOutputSchema: GenericSchema<AddTaskRemindersOutput> = /*#__PURE__*/ (() => looseObject({
  task: optional(TaskSchema()),
}))()

/** Schema of {@link AddTaskTasklistOutput}, for opt-in response validation. */
export const AddTaskTasklistOutputSchema: GenericSchema<AddTaskTasklistOutput> = /*#__PURE__*/ (() => looseObject({
  task: optional(TaskSchema()),
}))()

/** Schema of {@link CreateTaskOutput}, for opt-in response validation. */
export const CreateTaskOutputSchema: GenericSchema<CreateTaskOutput> = /*#__PURE__*/ (() => looseObject({
  task: optional(TaskSchema()),
}))()

/** Schema of {@link DeleteTaskOutput}, for opt-in response validation. */
export const DeleteTaskOutputSchema: GenericSchema<DeleteTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetTaskOutput}, for opt-in response validation. */
export const GetTaskOutputSchema: GenericSchema<GetTaskOutput> = /*#__PURE__*/ (() => looseObject({
  task: optional(TaskSchema()),
}))()

/** Schema of {@link ListTaskOutput}, for opt-in response validation. */
export const ListTaskOutputSchema: GenericSchema<ListTaskOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(TaskSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchTaskOutput}, for opt-in response validation. */
export const PatchTaskOutputSchema: GenericSchema<PatchTaskOutput> = /*#__PURE__*/ (() => looseObject({
  task: optional(TaskSchema()),
}))()

/** Schema of {@link RemoveTaskDependenciesOutput}, for opt-in response validation. */
export const RemoveTaskDependenciesOutputSchema: GenericSchema<RemoveTaskDependenciesOutput> = /*#__PURE__*/ (() => looseObject({
  dependencies: optional(array(DependencieSchema())),
}))()

/** Schema of {@link RemoveTaskMembersOutput}, for opt-in response validation. */
export const RemoveTaskMembersOutputSchema: GenericSchema<RemoveTaskMembersOutput> = /*#__PURE__*/ (() => looseObject({
  task: optional(TaskSchema()),
}))()

/** Schema of {@link RemoveTaskRemindersOutput}, for opt-in response validation. */
export const RemoveTaskRemindersOutputSchema: GenericSchema<RemoveTaskRemindersOutput> = /*#__PURE__*/ (() => looseObject({
  task: optional(TaskSchema()),
}))()

/** Schema of {@link RemoveTaskTasklistOutput}, for opt-in response validation. */
export const RemoveTaskTasklistOutputSchema: GenericSchema<RemoveTaskTasklistOutput> = /*#__PURE__*/ (() => looseObject({
  task: optional(TaskSchema()),
}))()

/** Schema of {@link SearchTaskOutput}, for opt-in response validation. */
export const SearchTaskOutputSchema: GenericSchema<SearchTaskOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(ItemSchema()),
  total: optional(number()),
  has_more: boolean(),
  page_token: optional(string()),
  notice: optional(string()),
}))()

/** Schema of {@link SetTaskAncestorTaskOutput}, for opt-in response validation. */
export const SetTaskAncestorTaskOutputSchema: GenericSchema<SetTaskAncestorTaskOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link TasklistsTaskOutput}, for opt-in response validation. */
export const TasklistsTaskOutputSchema: GenericSchema<TasklistsTaskOutput> = /*#__PURE__*/ (() => looseObject({
  tasklists: optional(array(CreateTasklistSchema())),
}))()

/** Schema of {@link CreateTaskSubtaskOutput}, for opt-in response validation. */
export const CreateTaskSubtaskOutputSchema: GenericSchema<CreateTaskSubtaskOutput> = /*#__PURE__*/ (() => looseObject({
  subtask: optional(TaskSchema()),
}))()

/** Schema of {@link ListTaskSubtaskOutput}, for opt-in response validation. */
export const ListTaskSubtaskOutputSchema: GenericSchema<ListTaskSubtaskOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(TaskSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListTaskV2RelatedTaskOutput}, for opt-in response validation. */
export const ListTaskV2RelatedTaskOutputSchema: GenericSchema<ListTaskV2RelatedTaskOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ListRelatedTaskItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link TaskTaskV2SubscriptionOutput}, for opt-in response validation. */
export const TaskTaskV2SubscriptionOutputSchema: GenericSchema<TaskTaskV2SubscriptionOutput> = /*#__PURE__*/ (() => looseObject({
  code: optional(number()),
  msg: optional(string()),
}))()

/** Schema of {@link AddTasklistMembersOutput}, for opt-in response validation. */
export const AddTasklistMembersOutputSchema: GenericSchema<AddTasklistMembersOutput> = /*#__PURE__*/ (() => looseObject({
  tasklist: optional(TasklistSchema()),
}))()

/** Schema of {@link CreateTasklistOutput}, for opt-in response validation. */
export const CreateTasklistOutputSchema: GenericSchema<CreateTasklistOutput> = /*#__PURE__*/ (() => looseObject({
  tasklist: optional(TasklistSchema()),
}))()

/** Schema of {@link DeleteTasklistOutput}, for opt-in response validation. */
export const DeleteTasklistOutputSchema: GenericSchema<DeleteTasklistOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetTasklistOutput}, for opt-in response validation. */
export const GetTasklistOutputSchema: GenericSchema<GetTasklistOutput> = /*#__PURE__*/ (() => looseObject({
  tasklist: optional(TasklistSchema()),
}))()

/** Schema of {@link ListTasklistOutput}, for opt-in response validation. */
export const ListTasklistOutputSchema: GenericSchema<ListTasklistOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(TasklistSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchTasklistOutput}, for opt-in response validation. */
export const PatchTasklistOutputSchema: GenericSchema<PatchTasklistOutput> = /*#__PURE__*/ (() => looseObject({
  tasklist: optional(TasklistSchema()),
}))()

/** Schema of {@link RemoveTasklistMembersOutput}, for opt-in response validation. */
export const RemoveTasklistMembersOutputSchema: GenericSchema<RemoveTasklistMembersOutput> = /*#__PURE__*/ (() => looseObject({
  tasklist: optional(TasklistSchema()),
}))()

/** Schema of {@link SearchTasklistOutput}, for opt-in response validation. */
export const SearchTasklistOutputSchema: GenericSchema<SearchTasklistOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(ItemSchema()),
  total: optional(number()),
  has_more: boolean(),
  page_token: optional(string()),
  notice: optional(string()),
}))()

/** Schema of {@link TasksTasklistOutput}, for opt-in response validation. */
export const TasksTasklistOutputSchema: GenericSchema<TasksTasklistOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(TasksItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateTasklistActivitySubscriptionOutput}, for opt-in response validation. */
export const CreateTasklistActivitySubscriptionOutputSchema: GenericSchema<CreateTasklistActivitySubscriptionOutput> = /*#__PURE__*/ (() => looseObject({
  activity_subscription: optional(ActivitySubscriptionSchema()),
}))()

/** Schema of {@link DeleteTasklistActivitySubscriptionOutput}, for opt-in response validation. */
export const DeleteTasklistActivitySubscriptionOutputSchema: GenericSchema<DeleteTasklistActivitySubscriptionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetTasklistActivitySubscriptionOutput}, for opt-in response validation. */
export const GetTasklistActivitySubscriptionOutputSchema: GenericSchema<GetTasklistActivitySubscriptionOutput> = /*#__PURE__*/ (() => looseObject({
  activity_subscription: optional(ActivitySubscriptionSchema()),
}))()

/** Schema of {@link ListTasklistActivitySubscriptionOutput}, for opt-in response validation. */
export const ListTasklistActivitySubscriptionOutputSchema: GenericSchema<ListTasklistActivitySubscriptionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ActivitySubscriptionSchema())),
}))()

/** Schema of {@link PatchTasklistActivitySubscriptionOutput}, for opt-in response validation. */
export const PatchTasklistActivitySubscriptionOutputSchema: GenericSchema<PatchTasklistActivitySubscriptionOutput> = /*#__PURE__*/ (() => looseObject({
  activity_subscription: optional(ActivitySubscriptionSchema()),
}))()
