// Generated from catalog/wiki.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Member, Node, Space } from './types.ts'

/** Builds the schema of {@link Member}. */
export function MemberSchema(): GenericSchema<Member> {
  return looseObject({
    member_type: string(),
    member_id: string(),
    member_role: string(),
    type: optional(picklist(['user', 'chat', 'department'])),
    member_perm: optional(string()),
  })
}

/** Builds the schema of {@link Node}. */
export function NodeSchema(): GenericSchema<Node> {
  return looseObject({
    space_id: optional(string()),
    node_token: optional(string()),
    obj_token: optional(string()),
    obj_type: picklist(['doc', 'sheet', 'mindnote', 'bitable', 'file', 'docx', 'slides']),
    parent_node_token: optional(string()),
    node_type: picklist(['origin', 'shortcut']),
    origin_node_token: optional(string()),
    origin_space_id: optional(string()),
    has_child: optional(boolean()),
    title: optional(string()),
    obj_create_time: optional(string()),
    obj_edit_time: optional(string()),
    node_create_time: optional(string()),
    creator: optional(string()),
    owner: optional(string()),
    node_creator: optional(string()),
    url: optional(string()),
  })
}

/** Builds the schema of {@link Space}. */
export function SpaceSchema(): GenericSchema<Space> {
  return looseObject({
    name: optional(string()),
    description: optional(string()),
    space_id: optional(string()),
    space_type: optional(picklist(['person', 'team', 'my_library', 'my_library_resigned'])),
    visibility: optional(picklist(['private', 'public'])),
    open_sharing: optional(picklist(['open', 'closed'])),
  })
}
