// Generated from catalog/approval.v4.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Approval` of catalog/approval.v4.json. */
export interface Approval {
  code?: string
  name?: string
  is_external?: boolean
  external?: { batch_cc_read?: boolean }
  approval_id?: string
  icon?: string
}

/** Shared shape `Approver` of catalog/approval.v4.json. */
export interface Approver {
  type: 'Supervisor' | 'SupervisorTopDown' | 'DepartmentManager' | 'DepartmentManagerTopDown' | 'Personal' | 'Free'
  user_id?: string
  level?: string
}

/** Shared shape `AtInfo` of catalog/approval.v4.json. */
export interface AtInfo {
  user_id: string
  name: string
  offset: string
}

/** Shared shape `Cc` of catalog/approval.v4.json. */
export interface Cc {
  insert_num?: number
  update_num?: number
  delete_num?: number
}

/** Shared shape `CreateCc` of catalog/approval.v4.json. */
export interface CreateCc {
  cc_id: string
  user_id?: string
  open_id?: string
  links: Links
  read_status: 'READ' | 'UNREAD'
  extra?: string
  title?: string
  create_time: string
  update_time: string
  display_method?: 'BROWSER' | 'SIDEBAR' | 'NORMAL' | 'TRUSTEESHIP'
}

/** Shared shape `CreateI18nResource` of catalog/approval.v4.json. */
export interface CreateI18nResource {
  locale:
    | 'zh-CN'
    | 'en-US'
    | 'ja-JP'
    | 'zh-HK'
    | 'zh-TW'
    | 'de-DE'
    | 'es-ES'
    | 'fr-FR'
    | 'id-ID'
    | 'it-IT'
    | 'ko-KR'
    | 'pt-BR'
    | 'th-TH'
    | 'vi-VN'
    | 'ms-MY'
    | 'ru-RU'
  texts: Text[]
  is_default: boolean
}

/** Shared shape `Data` of catalog/approval.v4.json. */
export interface Data {
  approval_code: string
  status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELED' | 'DELETED' | 'HIDDEN' | 'TERMINATED'
  extra?: string
  instance_id: string
  links: Links
  title?: string
  form?: Form[]
  user_id?: string
  user_name?: string
  open_id?: string
  department_id?: string
  department_name?: string
  start_time: string
  end_time: string
  update_time: string
  display_method?: 'BROWSER' | 'SIDEBAR' | 'NORMAL' | 'TRUSTEESHIP'
  update_mode?: 'REPLACE' | 'UPDATE'
  task_list?: Task[]
  cc_list?: CreateCc[]
  i18n_resources: CreateI18nResource[]
  trusteeship_url_token?: string
  trusteeship_user_id_type?: string
  trusteeship_urls?: TrusteeshipUrls
  trusteeship_cache_config?: TrusteeshipCacheConfig
  resource_region?: string
}

/** Shared shape `DiffInstanceTask` of catalog/approval.v4.json. */
export interface DiffInstanceTask {
  task_id: string
  update_time: string
}

/** Shared shape `External` of catalog/approval.v4.json. */
export interface External {
  biz_name?: string
  biz_type?: string
  create_link_mobile?: string
  create_link_pc?: string
  support_pc?: boolean
  support_mobile?: boolean
  support_batch_read?: boolean
  enable_mark_readed?: boolean
  enable_quick_operate?: boolean
  action_callback_url?: string
  action_callback_token?: string
  action_callback_key?: string
  allow_batch_operate?: boolean
  exclude_efficiency_statistics?: boolean
}

/** Shared shape `File` of catalog/approval.v4.json. */
export interface File {
  url?: string
  file_size?: number
  title?: string
  type?: string
}

/** Shared shape `Form` of catalog/approval.v4.json. */
export interface Form {
  name?: string
  value?: string
}

/** Shared shape `Group` of catalog/approval.v4.json. */
export interface Group {
  external_id?: string
  name?: string
}

/** Shared shape `I18nResource` of catalog/approval.v4.json. */
export interface I18nResource {
  locale: 'zh-CN' | 'en-US' | 'ja-JP'
  texts: Text[]
  is_default: boolean
}

/** Shared shape `Instance` of catalog/approval.v4.json. */
export interface Instance {
  code?: string
  external_id?: string
  user_id?: string
  start_time?: string
  end_time?: string
  status?: 'rejected' | 'pending' | 'canceled' | 'deleted' | 'approved'
  title?: string
  extra?: string
  serial_id?: string
  link?: Link
}

/** Shared shape `Item` of catalog/approval.v4.json. */
export interface Item {
  id?: string
  name?: string
  level?: string
  has_sub_district?: boolean
  parent_districts?: { id?: string; name?: string; level?: string }[]
}

/** Shared shape `Link` of catalog/approval.v4.json. */
export interface Link {
  pc_link?: string
  mobile_link?: string
}

/** Shared shape `Links` of catalog/approval.v4.json. */
export interface Links {
  pc_link: string
  mobile_link?: string
}

/** Shared shape `NodeApproverOpenId` of catalog/approval.v4.json. */
export interface NodeApproverOpenId {
  key?: string
  value?: string[]
}

/** Shared shape `Summarie` of catalog/approval.v4.json. */
export interface Summarie {
  key?: string
  value?: string
}

/** Shared shape `Task` of catalog/approval.v4.json. */
export interface Task {
  task_id: string
  user_id?: string
  open_id?: string
  title?: string
  links: Links
  status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'TRANSFERRED' | 'DONE'
  extra?: string
  create_time: string
  end_time: string
  update_time?: string
  action_context?: string
  action_configs?: {
    action_type: string
    action_name?: string
    is_need_reason?: boolean
    is_reason_required?: boolean
    is_need_attachment?: boolean
  }[]
  display_method?: 'BROWSER' | 'SIDEBAR' | 'NORMAL' | 'TRUSTEESHIP'
  exclude_statistics?: boolean
  node_id?: string
  node_name?: string
  generate_type?: 'EXTERNAL_CONSIGN' | 'DEFAULT'
}

/** Shared shape `Text` of catalog/approval.v4.json. */
export interface Text {
  key: string
  value: string
}

/** Shared shape `TrusteeshipCacheConfig` of catalog/approval.v4.json. */
export interface TrusteeshipCacheConfig {
  form_policy?: 'DISABLE' | 'IMMUTABLE' | 'BY_NODE' | 'BY_USER'
  form_vary_with_locale?: boolean
  form_version?: string
}

/** Shared shape `TrusteeshipUrls` of catalog/approval.v4.json. */
export interface TrusteeshipUrls {
  form_detail_url?: string
  action_definition_url?: string
  approval_node_url?: string
  action_callback_url?: string
  pull_business_data_url?: string
}

/** Shared shape `Viewer` of catalog/approval.v4.json. */
export interface Viewer {
  viewer_type?: 'TENANT' | 'DEPARTMENT' | 'USER' | 'NONE'
  viewer_user_id?: string
  viewer_department_id?: string
}
