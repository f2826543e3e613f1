// Generated from catalog/wiki.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Member` of catalog/wiki.v2.json. */
export interface Member {
  member_type: string
  member_id: string
  member_role: string
  type?: 'user' | 'chat' | 'department'
  member_perm?: string
}

/** Shared shape `Node` of catalog/wiki.v2.json. */
export interface Node {
  space_id?: string
  node_token?: string
  obj_token?: string
  obj_type: 'doc' | 'sheet' | 'mindnote' | 'bitable' | 'file' | 'docx' | 'slides'
  parent_node_token?: string
  node_type: 'origin' | 'shortcut'
  origin_node_token?: string
  origin_space_id?: string
  has_child?: boolean
  title?: string
  obj_create_time?: string
  obj_edit_time?: string
  node_create_time?: string
  creator?: string
  owner?: string
  node_creator?: string
  url?: string
}

/** Shared shape `Space` of catalog/wiki.v2.json. */
export interface Space {
  name?: string
  description?: string
  space_id?: string
  space_type?: 'person' | 'team' | 'my_library' | 'my_library_resigned'
  visibility?: 'private' | 'public'
  open_sharing?: 'open' | 'closed'
}
