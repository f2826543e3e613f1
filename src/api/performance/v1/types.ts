// Generated from catalog/performance.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Base` of catalog/performance.v1.json. */
export interface Base {
  semester_id?: string
  semester_name?: Name
  start_time?: string
  end_time?: string
}

/** Shared shape `Item` of catalog/performance.v1.json. */
export interface Item {
  user_id?: string
  stage_num_lists?: { task_option_id?: number; stage_num?: number }[]
  stage_task_info_lists?: {
    stage_id?: string
    name?: Name
    deadline?: string
    need_todo_count?: number
    jump_url?: string
    stage_task_status?: 'need_todo' | 'overdue' | 'all_done' | 'stage_pause'
    task_option_id?: number
    finished_count?: number
  }[]
}

/** Shared shape `ListItem` of catalog/performance.v1.json. */
export interface ListItem {
  id?: string
  year?: number
  type_group?: string
  type?: string
  name?: Name
  progress?: 'enabled' | 'initiating'
  start_time?: string
  end_time?: string
  create_time?: string
  modify_time?: string
  create_user_id?: string
  modify_user_id?: string
}

/** Shared shape `Name` of catalog/performance.v1.json. */
export interface Name {
  'zh-CN'?: string
  'en-US'?: string
}

/** Shared shape `ReviewerUserId` of catalog/performance.v1.json. */
export interface ReviewerUserId {
  open_id?: string
  user_id?: string
}
