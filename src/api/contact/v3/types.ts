// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AssignInfo` of catalog/contact.v3.json. */
export interface AssignInfo {
  subscription_id?: string
  license_plan_key?: string
  product_name?: string
  i18n_name?: AssignInfoI18nName
  start_time?: string
  end_time?: string
}

/** Shared shape `AssignInfoI18nName` of catalog/contact.v3.json. */
export interface AssignInfoI18nName {
  zh_cn?: string
  ja_jp?: string
  en_us?: string
}

/** Shared shape `Avatar` of catalog/contact.v3.json. */
export interface Avatar {
  avatar_72?: string
  avatar_240?: string
  avatar_640?: string
  avatar_origin?: string
}

/** Shared shape `BatchItem` of catalog/contact.v3.json. */
export interface BatchItem {
  union_id?: string
  user_id?: string
  open_id?: string
  name: string
  en_name?: string
  nickname?: string
  email?: string
  mobile: string
  mobile_visible?: boolean
  gender?: number
  avatar?: Avatar
  status?: Status
  department_ids?: string[]
  leader_user_id?: string
  city?: string
  country?: string
  work_station?: string
  join_time?: number
  is_tenant_manager?: boolean
  employee_no?: string
  employee_type?: number
  positions?: Position[]
  orders?: Order[]
  custom_attrs?: UserCustomAttr[]
  enterprise_email?: string
  idp_type?: string
  time_zone?: string
  description?: string
  job_title?: string
  need_send_notification?: boolean
  notification_option?: NotificationOption
  is_frozen?: boolean
  geo?: string
  job_level_id?: string
  job_family_id?: string
  subscription_ids?: string[]
  assign_info?: AssignInfo[]
  department_path?: DepartmentPath[]
  dotted_line_leader_user_ids?: string[]
}

/** Shared shape `CustomAttr` of catalog/contact.v3.json. */
export interface CustomAttr {
  type?: string
  id?: string
  value?: { text?: string; url?: string; pc_url?: string; option_id?: string; generic_user?: GenericUser }
}

/** Shared shape `DepartmentName` of catalog/contact.v3.json. */
export interface DepartmentName {
  name?: string
  i18n_name?: AssignInfoI18nName
}

/** Shared shape `DepartmentPath` of catalog/contact.v3.json. */
export interface DepartmentPath {
  department_id?: string
  department_name?: DepartmentName
  department_path?: { department_ids?: string[]; department_path_name?: DepartmentName }
}

/** Shared shape `DynamicGroupRule` of catalog/contact.v3.json. */
export interface DynamicGroupRule {
  department_level?: 'recursive' | 'non_recursive'
  expressions?: Expression[]
  joiner_rule?: string
}

/** Shared shape `EmployeeTypeEnum` of catalog/contact.v3.json. */
export interface EmployeeTypeEnum {
  enum_id?: string
  enum_value?: string
  content: string
  enum_type: number
  enum_status: number
  i18n_content?: I18nName[]
}

/** Shared shape `Expression` of catalog/contact.v3.json. */
export interface Expression {
  field?: string
  operator?: string
  value?: string
  values?: string[]
}

/** Shared shape `GenericUser` of catalog/contact.v3.json. */
export interface GenericUser {
  id: string
  type: number
}

/** Shared shape `GetJobTitle` of catalog/contact.v3.json. */
export interface GetJobTitle {
  job_title_id?: string
  name?: string
  i18n_name?: I18nName[]
  status?: boolean
}

/** Shared shape `GetMember` of catalog/contact.v3.json. */
export interface GetMember {
  user_id?: string
  scope_type?: 'None' | 'All' | 'Part'
  department_ids?: string[]
}

/** Shared shape `GetUser` of catalog/contact.v3.json. */
export interface GetUser {
  union_id?: string
  user_id?: string
  open_id?: string
  name?: string
  en_name?: string
  nickname?: string
  email?: string
  mobile?: string
  mobile_visible?: boolean
  gender?: number
  avatar?: Avatar
  status?: Status
  department_ids?: string[]
  leader_user_id?: string
  city?: string
  country?: string
  work_station?: string
  join_time?: number
  is_tenant_manager?: boolean
  employee_no?: string
  employee_type?: number
  positions?: Position[]
  orders?: Order[]
  custom_attrs?: ItemCustomAttr[]
  enterprise_email?: string
  time_zone?: string
  description?: string
  job_title?: string
  geo?: string
  job_level_id?: string
  job_family_id?: string
  assign_info?: AssignInfo[]
  department_path?: DepartmentPath[]
  dotted_line_leader_user_ids?: string[]
}

/** Shared shape `GetWorkCity` of catalog/contact.v3.json. */
export interface GetWorkCity {
  work_city_id?: string
  name?: string
  i18n_name?: I18nName[]
  status?: boolean
}

/** Shared shape `I18nName` of catalog/contact.v3.json. */
export interface I18nName {
  locale?: string
  value?: string
}

/** Shared shape `Item` of catalog/contact.v3.json. */
export interface Item {
  name: string
  i18n_name?: AssignInfoI18nName
  parent_department_id: string
  department_id?: string
  open_department_id?: string
  leader_user_id?: string
  chat_id?: string
  order?: string
  unit_ids?: string[]
  member_count?: number
  status?: { is_deleted?: boolean }
  leaders?: Leader[]
  group_chat_employee_types?: number[]
  department_hrbps?: string[]
  primary_member_count?: number
}

/** Shared shape `ItemCustomAttr` of catalog/contact.v3.json. */
export interface ItemCustomAttr {
  type?: string
  id?: string
  value?: {
    text?: string
    url?: string
    pc_url?: string
    option_value?: string
    name?: string
    picture_url?: string
    generic_user?: GenericUser
  }
}

/** Shared shape `JobFamily` of catalog/contact.v3.json. */
export interface JobFamily {
  name?: string
  description?: string
  parent_job_family_id?: string
  status?: boolean
  i18n_name?: I18nName[]
  i18n_description?: I18nName[]
  job_family_id?: string
}

/** Shared shape `JobLevel` of catalog/contact.v3.json. */
export interface JobLevel {
  name?: string
  description?: string
  order?: number
  status?: boolean
  job_level_id?: string
  i18n_name?: I18nName[]
  i18n_description?: I18nName[]
}

/** Shared shape `Leader` of catalog/contact.v3.json. */
export interface Leader {
  leaderType: number
  leaderID: string
}

/** Shared shape `ListItem` of catalog/contact.v3.json. */
export interface ListItem {
  union_id?: string
  user_id?: string
  open_id?: string
  name: string
  en_name?: string
  nickname?: string
  email?: string
  mobile: string
  mobile_visible?: boolean
  gender?: number
  avatar?: Avatar
  status?: Status
  department_ids?: string[]
  leader_user_id?: string
  city?: string
  country?: string
  work_station?: string
  join_time?: number
  is_tenant_manager?: boolean
  employee_no?: string
  employee_type?: number
  positions?: Position[]
  orders?: Order[]
  custom_attrs?: ItemCustomAttr[]
  enterprise_email?: string
  time_zone?: string
  description?: string
  job_title?: string
  geo?: string
  job_level_id?: string
  job_family_id?: string
  assign_info?: AssignInfo[]
  department_path?: DepartmentPath[]
  dotted_line_leader_user_ids?: string[]
}

/** Shared shape `Member` of catalog/contact.v3.json. */
export interface Member {
  member_id: string
  member_type: string
  member_id_type?: string
}

/** Shared shape `NotificationOption` of catalog/contact.v3.json. */
export interface NotificationOption {
  channels?: string[]
  language?: 'zh-CN' | 'en-US' | 'ja-JP'
}

/** Shared shape `Order` of catalog/contact.v3.json. */
export interface Order {
  department_id?: string
  user_order?: number
  department_order?: number
  is_primary_dept?: boolean
}

/** Shared shape `Position` of catalog/contact.v3.json. */
export interface Position {
  position_code?: string
  position_name?: string
  department_id?: string
  leader_user_id?: string
  leader_position_code?: string
  is_major?: boolean
}

/** Shared shape `Result` of catalog/contact.v3.json. */
export interface Result {
  user_id: string
  reason: number
}

/** Shared shape `Status` of catalog/contact.v3.json. */
export interface Status {
  is_frozen?: boolean
  is_resigned?: boolean
  is_activated?: boolean
  is_exited?: boolean
  is_unjoin?: boolean
}

/** Shared shape `Unit` of catalog/contact.v3.json. */
export interface Unit {
  unit_id: string
  name: string
  unit_type: string
}

/** Shared shape `UpdateUser` of catalog/contact.v3.json. */
export interface UpdateUser {
  union_id?: string
  user_id?: string
  open_id?: string
  name: string
  en_name?: string
  nickname?: string
  email?: string
  mobile: string
  mobile_visible?: boolean
  gender?: number
  avatar?: Avatar
  status?: Status
  department_ids?: string[]
  leader_user_id?: string
  city?: string
  country?: string
  work_station?: string
  join_time?: number
  is_tenant_manager?: boolean
  employee_no?: string
  employee_type?: number
  positions?: Position[]
  orders?: Order[]
  custom_attrs?: UserCustomAttr[]
  enterprise_email?: string
  idp_type?: string
  time_zone?: string
  description?: string
  job_title?: string
  need_send_notification?: boolean
  notification_option?: NotificationOption
  is_frozen?: boolean
  geo?: string
  department_path?: DepartmentPath[]
  dotted_line_leader_user_ids?: string[]
}

/** Shared shape `User` of catalog/contact.v3.json. */
export interface User {
  union_id?: string
  user_id?: string
  open_id?: string
  name: string
  en_name?: string
  nickname?: string
  email?: string
  mobile: string
  mobile_visible?: boolean
  gender?: number
  avatar?: Avatar
  status?: Status
  department_ids?: string[]
  leader_user_id?: string
  city?: string
  country?: string
  work_station?: string
  join_time?: number
  is_tenant_manager?: boolean
  employee_no?: string
  employee_type?: number
  positions?: Position[]
  orders?: Order[]
  custom_attrs?: UserCustomAttr[]
  enterprise_email?: string
  idp_type?: string
  time_zone?: string
  description?: string
  job_title?: string
  need_send_notification?: boolean
  notification_option?: NotificationOption
  is_frozen?: boolean
  geo?: string
  job_level_id?: string
  job_family_id?: string
  department_path?: DepartmentPath[]
  dotted_line_leader_user_ids?: string[]
}

/** Shared shape `UserCustomAttr` of catalog/contact.v3.json. */
export interface UserCustomAttr {
  type?: string
  id?: string
  value?: {
    text?: string
    url?: string
    pc_url?: string
    option_id?: string
    option_value?: string
    name?: string
    picture_url?: string
    generic_user?: GenericUser
  }
}

/** Shared shape `VisibleScope` of catalog/contact.v3.json. */
export interface VisibleScope {
  visible_scope_type?: 'invisible' | 'public' | 'group_member_visible' | 'specified_scope_visible'
  visible_users?: string[]
  visible_departments?: string[]
  scene_types?: number[]
}
