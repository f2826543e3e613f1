// Generated from catalog/wiki.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { MemberSchema, NodeSchema, SpaceSchema } from './models.ts'
import type { SearchNodeOutput } from './node.ts'
import type { CreateSpaceOutput, GetSpaceNodeOutput, GetSpaceOutput, ListSpaceOutput } from './space.ts'
import type { CreateSpaceMemberOutput, DeleteSpaceMemberOutput, ListSpaceMemberOutput } from './space.member.ts'
import type {
  CopySpaceNodeOutput,
  CreateSpaceNodeOutput,
  ListSpaceNodeOutput,
  MoveSpaceNodeDocsToWikiOutput,
  MoveSpaceNodeOutput,
  UpdateSpaceNodeTitleOutput,
} from './space.node.ts'
import type { UpdateSpaceSettingOutput } from './space.setting.ts'
import type { GetTaskOutput } from './task.ts'

/** Schema of {@link SearchNodeOutput}, for opt-in response validation. */
export const SearchNodeOutputSchema: GenericSchema<SearchNodeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    node_id: optional(string()),
    space_id: optional(string()),
    obj_type: optional(number()),
    obj_token: optional(string()),
    parent_id: optional(string()),
    sort_id: optional(number()),
    title: optional(string()),
    url: optional(string()),
    icon: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateSpaceOutput}, for opt-in response validation. */
export const CreateSpaceOutputSchema: GenericSchema<CreateSpaceOutput> = /*#__PURE__*/ (() => looseObject({
  space: optional(SpaceSchema()),
}))()

/** Schema of {@link GetSpaceOutput}, for opt-in response validation. */
export const GetSpaceOutputSchema: GenericSchema<GetSpaceOutput> = /*#__PURE__*/ (() => looseObject({
  space: optional(SpaceSchema()),
}))()

/** Schema of {@link GetSpaceNodeOutput}, for opt-in response validation. */
export const GetSpaceNodeOutputSchema: GenericSchema<GetSpaceNodeOutput> = /*#__PURE__*/ (() => looseObject({
  node: optional(NodeSchema()),
}))()

/** Schema of {@link ListSpaceOutput}, for opt-in response validation. */
export const ListSpaceOutputSchema: GenericSchema<ListSpaceOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(SpaceSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateSpaceMemberOutput}, for opt-in response validation. */
export const CreateSpaceMemberOutputSchema: GenericSchema<CreateSpaceMemberOutput> = /*#__PURE__*/ (() => looseObject({
  member: optional(MemberSchema()),
}))()

/** Schema of {@link DeleteSpaceMemberOutput}, for opt-in response validation. */
export const DeleteSpaceMemberOutputSchema: GenericSchema<DeleteSpaceMemberOutput> = /*#__PURE__*/ (() => looseObject({
  member: MemberSchema(),
}))()

/** Schema of {@link ListSpaceMemberOutput}, for opt-in response validation. */
export const ListSpaceMemberOutputSchema: GenericSchema<ListSpaceMemberOutput> = /*#__PURE__*/ (() => looseObject({
  members: optional(array(MemberSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CopySpaceNodeOutput}, for opt-in response validation. */
export const CopySpaceNodeOutputSchema: GenericSchema<CopySpaceNodeOutput> = /*#__PURE__*/ (() => looseObject({
  node: NodeSchema(),
}))()

/** Schema of {@link CreateSpaceNodeOutput}, for opt-in response validation. */
export const CreateSpaceNodeOutputSchema: GenericSchema<CreateSpaceNodeOutput> = /*#__PURE__*/ (() => looseObject({
  node: optional(NodeSchema()),
}))()

/** Schema of {@link ListSpaceNodeOutput}, for opt-in response validation. */
export const ListSpaceNodeOutputSchema: GenericSchema<ListSpaceNodeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(NodeSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link MoveSpaceNodeOutput}, for opt-in response validation. */
export const MoveSpaceNodeOutputSchema: GenericSchema<MoveSpaceNodeOutput> = /*#__PURE__*/ (() => looseObject({
  node: optional(NodeSchema()),
}))()

/** Schema of {@link MoveSpaceNodeDocsToWikiOutput}, for opt-in response validation. */
export const MoveSpaceNodeDocsToWikiOutputSchema: GenericSchema<MoveSpaceNodeDocsToWikiOutput> = /*#__PURE__*/ (() => looseObject({
  wiki_token: optional(string()),
  task_id: optional(string()),
  applied: optional(boolean()),
}))()

/** Schema of {@link UpdateSpaceNodeTitleOutput}, for opt-in response validation. */
export const UpdateSpaceNodeTitleOutputSchema: GenericSchema<UpdateSpaceNodeTitleOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateSpaceSettingOutput}, for opt-in response validation. */
export const UpdateSpaceSettingOutputSchema: GenericSchema<UpdateSpaceSettingOutput> = /*#__PURE__*/ (() => looseObject({
  setting: optional(looseObject({
    create_setting: optional(string()),
    security_setting: optional(string()),
    comment_setting: optional(string()),
  })),
}))()

/** Schema of {@link GetTaskOutput}, for opt-in response validation. */
export const GetTaskOutputSchema: GenericSchema<GetTaskOutput> = /*#__PURE__*/ (() => looseObject({
  task: looseObject({
    task_id: string(),
    move_result: optional(array(looseObject({ node: NodeSchema(), status: number(), status_msg: string() }))),
    delete_space_result: optional(looseObject({ status: optional(string()) })),
    simple_task_result: optional(looseObject({ status: optional(string()) })),
    move_wiki_to_docs_result: optional(looseObject({
      status: optional(number()),
      status_msg: optional(string()),
      obj_token: optional(string()),
      obj_type: optional(string()),
      url: optional(string()),
    })),
  }),
}))()
