// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `ActivitySubscription` of catalog/task.v2.json. */
export interface ActivitySubscription {
  guid?: string
  name?: string
  subscribers?: Member[]
  include_keys?: number[]
  disabled?: boolean
}

/** Shared shape `AddMembersMember` of catalog/task.v2.json. */
export interface AddMembersMember {
  id: string
  type?: string
  role: string
  name?: string
}

/** Shared shape `Android` of catalog/task.v2.json. */
export interface Android {
  href?: string
  tip?: PlatformI18nName
}

/** Shared shape `AssigneeRelated` of catalog/task.v2.json. */
export interface AssigneeRelated {
  id?: string
  completed_at?: string
}

/** Shared shape `Attachment` of catalog/task.v2.json. */
export interface Attachment {
  guid?: string
  file_token?: string
  name?: string
  size?: number
  resource?: Resource
  uploader?: Member
  is_cover?: boolean
  uploaded_at?: string
  url?: string
}

/** Shared shape `Comment` of catalog/task.v2.json. */
export interface Comment {
  id?: string
  content?: string
  creator?: Member
  reply_to_comment_id?: string
  created_at?: string
  updated_at?: string
  resource_type?: string
  resource_id?: string
}

/** Shared shape `CreateCustomField` of catalog/task.v2.json. */
export interface CreateCustomField {
  guid: string
  number_value?: string
  member_value?: Subscriber[]
  datetime_value?: string
  single_select_value?: string
  multi_select_value?: string[]
  text_value?: string
}

/** Shared shape `CreateTasklist` of catalog/task.v2.json. */
export interface CreateTasklist {
  tasklist_guid?: string
  section_guid?: string
}

/** Shared shape `CreateTime` of catalog/task.v2.json. */
export interface CreateTime {
  start_time?: string
  end_time?: string
}

/** Shared shape `CustomComplete` of catalog/task.v2.json. */
export interface CustomComplete {
  pc?: Android
  ios?: Android
  android?: Android
}

/** Shared shape `CustomField` of catalog/task.v2.json. */
export interface CustomField {
  guid?: string
  name?: string
  type?: string
  number_setting?: {
    format?: 'custom' | 'normal' | 'percentage' | 'cny' | 'usd'
    custom_symbol?: string
    custom_symbol_position?: 'left' | 'right'
    separator?: 'none' | 'thousand'
    decimal_count?: number
  }
  member_setting?: { multi?: boolean }
  datetime_setting?: { format?: string }
  single_select_setting?: { options?: Option[] }
  multi_select_setting?: { options?: Option[] }
  creator?: Member
  created_at?: string
  updated_at?: string
  text_setting?: { [key: string]: unknown }
}

/** Shared shape `CustomFieldMultiSelectSettingOption` of catalog/task.v2.json. */
export interface CustomFieldMultiSelectSettingOption {
  guid?: string
  name?: string
  color_index?: number
}

/** Shared shape `Dependencie` of catalog/task.v2.json. */
export interface Dependencie {
  type: 'prev' | 'next'
  task_guid: string
}

/** Shared shape `DocxSource` of catalog/task.v2.json. */
export interface DocxSource {
  token: string
  block_id: string
}

/** Shared shape `Due` of catalog/task.v2.json. */
export interface Due {
  timestamp?: string
  is_all_day?: boolean
}

/** Shared shape `Item` of catalog/task.v2.json. */
export interface Item {
  id: string
  display_info?: string
  meta_data?: { app_link?: string; avatar?: string; description?: string }
}

/** Shared shape `ItemCustomField` of catalog/task.v2.json. */
export interface ItemCustomField {
  guid?: string
  type?: string
  number_value?: string
  datetime_value?: string
  member_value?: Member[]
  single_select_value?: string
  multi_select_value?: string[]
  name?: string
  text_value?: string
}

/** Shared shape `ListRelatedTaskItem` of catalog/task.v2.json. */
export interface ListRelatedTaskItem {
  guid?: string
  summary?: string
  description?: string
  due?: Due
  reminders?: PositiveReminder[]
  creator?: Member
  members?: Member[]
  completed_at?: string
  attachments?: Attachment[]
  origin?: Origin
  extra?: string
  tasklists?: CreateTasklist[]
  repeat_rule?: string
  parent_task_guid?: string
  mode?: number
  source?: number
  custom_complete?: CustomComplete
  task_id?: string
  created_at?: string
  updated_at?: string
  status?: string
  url?: string
  start?: Due
  subtask_count?: number
  is_milestone?: boolean
  custom_fields?: ItemCustomField[]
  dependencies?: Dependencie[]
  assignee_related?: AssigneeRelated[]
  positive_reminders?: PositiveReminder[]
  agent_task_status?: number
  agent_task_progress?: string
  text_deliveries?: string[]
  attachment_deliveries?: Attachment[]
  next_task_guid?: string
}

/** Shared shape `Member` of catalog/task.v2.json. */
export interface Member {
  id?: string
  type?: string
  role?: string
  name?: string
}

/** Shared shape `MultiSelectSettingOption` of catalog/task.v2.json. */
export interface MultiSelectSettingOption {
  name: string
  color_index?: number
  is_hidden?: boolean
}

/** Shared shape `NumberSetting` of catalog/task.v2.json. */
export interface NumberSetting {
  format?: 'normal' | 'percentage' | 'cny' | 'usd' | 'custom'
  custom_symbol?: string
  custom_symbol_position?: 'left' | 'right'
  separator?: 'none' | 'thousand'
  decimal_count?: number
}

/** Shared shape `Option` of catalog/task.v2.json. */
export interface Option {
  guid?: string
  name?: string
  color_index?: number
  is_hidden?: boolean
}

/** Shared shape `Origin` of catalog/task.v2.json. */
export interface Origin {
  platform_i18n_name?: PlatformI18nName
  href?: { url?: string; title?: string }
  refer_resources?: {
    resource_id?: string
    type?: string
    source_message?: { message_id?: string; content?: string }
    unavailable_reason?: string
  }[]
}

/** Shared shape `PatchTask` of catalog/task.v2.json. */
export interface PatchTask {
  summary?: string
  description?: string
  due?: Due
  extra?: string
  completed_at?: string
  repeat_rule?: string
  custom_complete?: CustomComplete
  start?: Due
  mode?: number
  is_milestone?: boolean
  custom_fields?: CreateCustomField[]
  positive_reminders?: { relative_fire_minute: number }[]
  agent_task_status?: number
  agent_task_progress?: string
  text_deliveries?: string[]
}

/** Shared shape `PlatformI18nName` of catalog/task.v2.json. */
export interface PlatformI18nName {
  en_us?: string
  zh_cn?: string
  zh_hk?: string
  zh_tw?: string
  ja_jp?: string
  fr_fr?: string
  it_it?: string
  de_de?: string
  ru_ru?: string
  th_th?: string
  es_es?: string
  ko_kr?: string
}

/** Shared shape `PositiveReminder` of catalog/task.v2.json. */
export interface PositiveReminder {
  id?: string
  relative_fire_minute: number
}

/** Shared shape `Resource` of catalog/task.v2.json. */
export interface Resource {
  type?: string
  id?: string
}

/** Shared shape `Section` of catalog/task.v2.json. */
export interface Section {
  guid?: string
  name?: string
  resource_type?: string
  is_default?: boolean
  creator?: Member
  tasklist?: { guid?: string; name?: string }
  created_at?: string
  updated_at?: string
}

/** Shared shape `Subscriber` of catalog/task.v2.json. */
export interface Subscriber {
  id?: string
  type?: string
  name?: string
}

/** Shared shape `Task` of catalog/task.v2.json. */
export interface Task {
  guid?: string
  summary?: string
  description?: string
  due?: Due
  reminders?: PositiveReminder[]
  creator?: Member
  members?: Member[]
  completed_at?: string
  attachments?: TaskAttachment[]
  origin?: Origin
  extra?: string
  tasklists?: CreateTasklist[]
  repeat_rule?: string
  parent_task_guid?: string
  mode?: number
  source?: number
  custom_complete?: CustomComplete
  task_id?: string
  created_at?: string
  updated_at?: string
  status?: string
  url?: string
  start?: Due
  subtask_count?: number
  is_milestone?: boolean
  custom_fields?: ItemCustomField[]
  dependencies?: Dependencie[]
  assignee_related?: AssigneeRelated[]
  positive_reminders?: PositiveReminder[]
  agent_task_status?: number
  agent_task_progress?: string
  text_deliveries?: string[]
  attachment_deliveries?: Attachment[]
  next_task_guid?: string
}

/** Shared shape `TaskAttachment` of catalog/task.v2.json. */
export interface TaskAttachment {
  guid?: string
  file_token?: string
  name?: string
  size?: number
  resource?: Resource
  uploader?: Member
  is_cover?: boolean
  uploaded_at?: string
}

/** Shared shape `Tasklist` of catalog/task.v2.json. */
export interface Tasklist {
  guid?: string
  name?: string
  creator?: Member
  owner?: Member
  members?: Member[]
  url?: string
  created_at?: string
  updated_at?: string
  archive_msec?: string
}

/** Shared shape `TasksItem` of catalog/task.v2.json. */
export interface TasksItem {
  guid?: string
  summary?: string
  completed_at?: string
  start?: Due
  due?: Due
  members?: Member[]
  subtask_count?: number
}
