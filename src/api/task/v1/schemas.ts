// Generated from catalog/task.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { CollaboratorSchema, CommentSchema, GetTaskSchema, ItemSchema, TaskSchema } from './models.ts'
import type {
  BatchDeleteTaskCollaboratorOutput,
  BatchDeleteTaskFollowerOutput,
  CompleteTaskOutput,
  CreateTaskOutput,
  DeleteTaskOutput,
  GetTaskOutput,
  ListTaskOutput,
  PatchTaskOutput,
  UncompleteTaskOutput,
} from './task.ts'
import type {
  CreateTaskCollaboratorOutput,
  DeleteTaskCollaboratorOutput,
  ListTaskCollaboratorOutput,
} from './task.collaborator.ts'
import type {
  CreateTaskCommentOutput,
  DeleteTaskCommentOutput,
  GetTaskCommentOutput,
  ListTaskCommentOutput,
  UpdateTaskCommentOutput,
} from './task.comment.ts'
import type { CreateTaskFollowerOutput, DeleteTaskFollowerOutput, ListTaskFollowerOutput } from './task.follower.ts'
import type { CreateTaskReminderOutput, DeleteTaskReminderOutput, ListTaskReminderOutput } from './task.reminder.ts'

/** Schema of {@link BatchDeleteTaskCollaboratorOutput}, for opt-in response validation. */
export const BatchDeleteTaskCollaboratorOutputSchema: GenericSchema<BatchDeleteTaskCollaboratorOutput> = /*#__PURE__*/ (() => looseObject({
  collaborators: optional(array(string())),
}))()

/** Schema of {@link BatchDeleteTaskFollowerOutput}, for opt-in response validation. */
export const BatchDeleteTaskFollowerOutputSchema: GenericSchema<BatchDeleteTaskFollowerOutput> = /*#__PURE__*/ (() => looseObject({
  followers: optional(array(string())),
}))()

/** Schema of {@link CompleteTaskOutput}, for opt-in response validation. */
export const CompleteTaskOutputSchema: GenericSchema<CompleteTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreateTaskOutput}, for opt-in response validation. */
export const CreateTaskOutputSchema: GenericSchema<CreateTaskOutput> = /*#__PURE__*/ (() => looseObject({
  task: optional(TaskSchema()),
}))()

/** Schema of {@link DeleteTaskOutput}, for opt-in response validation. */
export const DeleteTaskOutputSchema: GenericSchema<DeleteTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetTaskOutput}, for opt-in response validation. */
export const GetTaskOutputSchema: GenericSchema<GetTaskOutput> = /*#__PURE__*/ (() => looseObject({
  task: optional(GetTaskSchema()),
}))()

/** Schema of {@link ListTaskOutput}, for opt-in response validation. */
export const ListTaskOutputSchema: GenericSchema<ListTaskOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(GetTaskSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchTaskOutput}, for opt-in response validation. */
export const PatchTaskOutputSchema: GenericSchema<PatchTaskOutput> = /*#__PURE__*/ (() => looseObject({
  task: optional(TaskSchema()),
}))()

/** Schema of {@link UncompleteTaskOutput}, for opt-in response validation. */
export const UncompleteTaskOutputSchema: GenericSchema<UncompleteTaskOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreateTaskCollaboratorOutput}, for opt-in response validation. */
export const CreateTaskCollaboratorOutputSchema: GenericSchema<CreateTaskCollaboratorOutput> = /*#__PURE__*/ (() => looseObject({
  collaborator: CollaboratorSchema(),
}))()

/** Schema of {@link DeleteTaskCollaboratorOutput}, for opt-in response validation. */
export const DeleteTaskCollaboratorOutputSchema: GenericSchema<DeleteTaskCollaboratorOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListTaskCollaboratorOutput}, for opt-in response validation. */
export const ListTaskCollaboratorOutputSchema: GenericSchema<ListTaskCollaboratorOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CollaboratorSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateTaskCommentOutput}, for opt-in response validation. */
export const CreateTaskCommentOutputSchema: GenericSchema<CreateTaskCommentOutput> = /*#__PURE__*/ (() => looseObject({
  comment: optional(CommentSchema()),
}))()

/** Schema of {@link DeleteTaskCommentOutput}, for opt-in response validation. */
export const DeleteTaskCommentOutputSchema: GenericSchema<DeleteTaskCommentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetTaskCommentOutput}, for opt-in response validation. */
export const GetTaskCommentOutputSchema: GenericSchema<GetTaskCommentOutput> = /*#__PURE__*/ (() => looseObject({
  comment: optional(CommentSchema()),
}))()

/** Schema of {@link ListTaskCommentOutput}, for opt-in response validation. */
export const ListTaskCommentOutputSchema: GenericSchema<ListTaskCommentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CommentSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link UpdateTaskCommentOutput}, for opt-in response validation. */
export const UpdateTaskCommentOutputSchema: GenericSchema<UpdateTaskCommentOutput> = /*#__PURE__*/ (() => looseObject({
  comment: optional(CommentSchema()),
}))()

/** Schema of {@link CreateTaskFollowerOutput}, for opt-in response validation. */
export const CreateTaskFollowerOutputSchema: GenericSchema<CreateTaskFollowerOutput> = /*#__PURE__*/ (() => looseObject({
  follower: CollaboratorSchema(),
}))()

/** Schema of {@link DeleteTaskFollowerOutput}, for opt-in response validation. */
export const DeleteTaskFollowerOutputSchema: GenericSchema<DeleteTaskFollowerOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListTaskFollowerOutput}, for opt-in response validation. */
export const ListTaskFollowerOutputSchema: GenericSchema<ListTaskFollowerOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CollaboratorSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateTaskReminderOutput}, for opt-in response validation. */
export const CreateTaskReminderOutputSchema: GenericSchema<CreateTaskReminderOutput> = /*#__PURE__*/ (() => looseObject({
  reminder: optional(ItemSchema()),
}))()

/** Schema of {@link DeleteTaskReminderOutput}, for opt-in response validation. */
export const DeleteTaskReminderOutputSchema: GenericSchema<DeleteTaskReminderOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListTaskReminderOutput}, for opt-in response validation. */
export const ListTaskReminderOutputSchema: GenericSchema<ListTaskReminderOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()
