// Generated from catalog/task.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Collaborator` of catalog/task.v1.json. */
export interface Collaborator {
  id?: string
  id_list?: string[]
}

/** Shared shape `Comment` of catalog/task.v1.json. */
export interface Comment {
  content?: string
  parent_id?: string
  id?: string
  create_milli_time?: string
  rich_content?: string
  creator_id?: string
}

/** Shared shape `Due` of catalog/task.v1.json. */
export interface Due {
  time?: string
  timezone?: string
  is_all_day?: boolean
}

/** Shared shape `GetTask` of catalog/task.v1.json. */
export interface GetTask {
  id?: string
  summary?: string
  description?: string
  complete_time?: string
  creator_id?: string
  extra?: string
  create_time?: string
  update_time?: string
  due?: Due
  origin: Origin
  can_edit?: boolean
  custom?: string
  source?: number
  followers?: Collaborator[]
  collaborators?: Collaborator[]
  collaborator_ids?: string[]
  follower_ids?: string[]
  repeat_rule?: string
  rich_summary?: string
  rich_description?: string
}

/** Shared shape `Item` of catalog/task.v1.json. */
export interface Item {
  id?: string
  relative_fire_minute: number
}

/** Shared shape `Origin` of catalog/task.v1.json. */
export interface Origin {
  platform_i18n_name: string
  href?: { url?: string; title?: string }
}

/** Shared shape `Task` of catalog/task.v1.json. */
export interface Task {
  id?: string
  summary?: string
  description?: string
  complete_time?: string
  creator_id?: string
  extra?: string
  create_time?: string
  update_time?: string
  due?: Due
  origin: Origin
  custom?: string
  source?: number
  followers?: Collaborator[]
  collaborators?: Collaborator[]
  collaborator_ids?: string[]
  follower_ids?: string[]
  repeat_rule?: string
  rich_summary?: string
  rich_description?: string
}
