// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  BatchCreateMember,
  BatchQueryItem,
  Element,
  File,
  Item,
  Member,
  PermissionPublic,
  Reaction,
} from './types.ts'

/** Builds the schema of {@link BatchCreateMember}. */
export function BatchCreateMemberSchema(): GenericSchema<BatchCreateMember> {
  return looseObject({
    member_type: picklist([
      'email',
      'openid',
      'unionid',
      'openchat',
      'opendepartmentid',
      'userid',
      'groupid',
      'wikispaceid',
      'appid',
    ]),
    member_id: string(),
    perm: picklist(['view', 'edit', 'full_access']),
    perm_type: optional(picklist(['container', 'single_page'])),
    type: optional(picklist([
      'user',
      'chat',
      'department',
      'group',
      'wiki_space_member',
      'wiki_space_viewer',
      'wiki_space_editor',
    ])),
    name: optional(string()),
    avatar: optional(string()),
    external_label: optional(boolean()),
  })
}

/** Builds the schema of {@link BatchQueryItem}. */
export function BatchQueryItemSchema(): GenericSchema<BatchQueryItem> {
  return looseObject({
    comment_id: optional(string()),
    user_id: optional(string()),
    create_time: optional(number()),
    update_time: optional(number()),
    is_solved: optional(boolean()),
    solved_time: optional(number()),
    solver_user_id: optional(string()),
    has_more: optional(boolean()),
    page_token: optional(string()),
    is_whole: optional(boolean()),
    quote: optional(string()),
    reply_list: optional(looseObject({ replies: array(ItemSchema()) })),
  })
}

/** Builds the schema of {@link Element}. */
export function ElementSchema(): GenericSchema<Element> {
  return looseObject({
    type: picklist(['text_run', 'docs_link', 'person']),
    text_run: optional(looseObject({ text: string() })),
    docs_link: optional(looseObject({ url: string() })),
    person: optional(looseObject({ user_id: string() })),
  })
}

/** Builds the schema of {@link File}. */
export function FileSchema(): GenericSchema<File> {
  return looseObject({
    token: string(),
    name: string(),
    type: string(),
    parent_token: optional(string()),
    url: optional(string()),
    shortcut_info: optional(looseObject({ target_type: string(), target_token: string() })),
    created_time: optional(string()),
    modified_time: optional(string()),
    owner_id: optional(string()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    content: looseObject({ elements: array(ElementSchema()) }),
    reply_id: optional(string()),
    user_id: optional(string()),
    create_time: optional(number()),
    update_time: optional(number()),
    extra: optional(looseObject({ image_list: optional(array(string())) })),
    reactions: optional(array(ReactionSchema())),
  })
}

/** Builds the schema of {@link Member}. */
export function MemberSchema(): GenericSchema<Member> {
  return looseObject({
    member_type: picklist([
      'email',
      'openid',
      'unionid',
      'openchat',
      'opendepartmentid',
      'userid',
      'groupid',
      'wikispaceid',
      'appid',
    ]),
    member_id: string(),
    perm: picklist(['view', 'edit', 'full_access']),
    perm_type: optional(picklist(['container', 'single_page'])),
    type: optional(picklist([
      'user',
      'chat',
      'department',
      'group',
      'wiki_space_member',
      'wiki_space_viewer',
      'wiki_space_editor',
    ])),
  })
}

/** Builds the schema of {@link PermissionPublic}. */
export function PermissionPublicSchema(): GenericSchema<PermissionPublic> {
  return looseObject({
    external_access: optional(boolean()),
    security_entity: optional(picklist(['anyone_can_view', 'anyone_can_edit', 'only_full_access'])),
    comment_entity: optional(picklist(['anyone_can_view', 'anyone_can_edit'])),
    share_entity: optional(picklist(['only_full_access', 'anyone', 'same_tenant'])),
    link_share_entity: optional(picklist([
      'closed',
      'tenant_editable',
      'anyone_editable',
      'tenant_readable',
      'anyone_readable',
    ])),
    invite_external: optional(boolean()),
    lock_switch: optional(boolean()),
  })
}

/** Builds the schema of {@link Reaction}. */
export function ReactionSchema(): GenericSchema<Reaction> {
  return looseObject({ reaction_key: string(), count: number(), ahead_users: optional(array(string())) })
}
