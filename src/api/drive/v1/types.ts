// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `BatchCreateMember` of catalog/drive.v1.json. */
export interface BatchCreateMember {
  member_type:
    | 'email'
    | 'openid'
    | 'unionid'
    | 'openchat'
    | 'opendepartmentid'
    | 'userid'
    | 'groupid'
    | 'wikispaceid'
    | 'appid'
  member_id: string
  perm: 'view' | 'edit' | 'full_access'
  perm_type?: 'container' | 'single_page'
  type?: 'user' | 'chat' | 'department' | 'group' | 'wiki_space_member' | 'wiki_space_viewer' | 'wiki_space_editor'
  name?: string
  avatar?: string
  external_label?: boolean
}

/** Shared shape `BatchQueryItem` of catalog/drive.v1.json. */
export interface BatchQueryItem {
  comment_id?: string
  user_id?: string
  create_time?: number
  update_time?: number
  is_solved?: boolean
  solved_time?: number
  solver_user_id?: string
  has_more?: boolean
  page_token?: string
  is_whole?: boolean
  quote?: string
  reply_list?: { replies: Item[] }
}

/** Shared shape `Element` of catalog/drive.v1.json. */
export interface Element {
  type: 'text_run' | 'docs_link' | 'person'
  text_run?: { text: string }
  docs_link?: { url: string }
  person?: { user_id: string }
}

/** Shared shape `File` of catalog/drive.v1.json. */
export interface File {
  token: string
  name: string
  type: string
  parent_token?: string
  url?: string
  shortcut_info?: { target_type: string; target_token: string }
  created_time?: string
  modified_time?: string
  owner_id?: string
}

/** Shared shape `Item` of catalog/drive.v1.json. */
export interface Item {
  content: { elements: Element[] }
  reply_id?: string
  user_id?: string
  create_time?: number
  update_time?: number
  extra?: { image_list?: string[] }
  reactions?: Reaction[]
}

/** Shared shape `Member` of catalog/drive.v1.json. */
export interface Member {
  member_type:
    | 'email'
    | 'openid'
    | 'unionid'
    | 'openchat'
    | 'opendepartmentid'
    | 'userid'
    | 'groupid'
    | 'wikispaceid'
    | 'appid'
  member_id: string
  perm: 'view' | 'edit' | 'full_access'
  perm_type?: 'container' | 'single_page'
  type?: 'user' | 'chat' | 'department' | 'group' | 'wiki_space_member' | 'wiki_space_viewer' | 'wiki_space_editor'
}

/** Shared shape `PermissionPublic` of catalog/drive.v1.json. */
export interface PermissionPublic {
  external_access?: boolean
  security_entity?: 'anyone_can_view' | 'anyone_can_edit' | 'only_full_access'
  comment_entity?: 'anyone_can_view' | 'anyone_can_edit'
  share_entity?: 'only_full_access' | 'anyone' | 'same_tenant'
  link_share_entity?: 'closed' | 'tenant_editable' | 'anyone_editable' | 'tenant_readable' | 'anyone_readable'
  invite_external?: boolean
  lock_switch?: boolean
}

/** Shared shape `Reaction` of catalog/drive.v1.json. */
export interface Reaction {
  reaction_key: string
  count: number
  ahead_users?: string[]
}
