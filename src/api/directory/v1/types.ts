// Generated from catalog/directory.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Abnormal` of catalog/directory.v1.json. */
export interface Abnormal {
  id?: string
  row_error?: number
  field_errors?: { [key: string]: number }
}

/** Shared shape `Avatar` of catalog/directory.v1.json. */
export interface Avatar {
  avatar_72?: string
  avatar_240?: string
  avatar_640?: string
  avatar_origin?: string
}

/** Shared shape `BaseInfo` of catalog/directory.v1.json. */
export interface BaseInfo {
  employee_id: string
  name: { last_name?: Name; first_name?: Name; name?: Name; another_name?: string }
  mobile?: string
  email?: string
  enterprise_email?: string
  gender?: number
  departments?: Department[]
  employee_order_in_departments?: BaseInfoEmployeeOrderInDepartment[]
  description?: string
  active_status?: number
  is_resigned?: boolean
  leader_id?: string
  dotted_line_leader_ids?: string[]
  is_primary_admin?: boolean
  enterprise_email_aliases?: string[]
  custom_field_values?: CustomFieldValue[]
  department_path_infos?: DepartmentPathInfo[][]
  resign_time?: string
  avatar?: Avatar
  background_image?: string
  is_admin?: boolean
  data_source?: number
  geo_name?: string
  subscription_ids?: number[]
  virtual_org_infos?: VirtualOrgInfo[]
  is_forbidden_delete_employee?: boolean
}

/** Shared shape `BaseInfoEmployeeOrderInDepartment` of catalog/directory.v1.json. */
export interface BaseInfoEmployeeOrderInDepartment {
  department_id?: string
  order_weight_in_deparment?: string
  order_weight_among_deparments?: string
}

/** Shared shape `Condition` of catalog/directory.v1.json. */
export interface Condition {
  field: string
  operator: string
  value: string
}

/** Shared shape `CustomFieldValue` of catalog/directory.v1.json. */
export interface CustomFieldValue {
  field_type?: '1' | '2' | '3' | '4' | '9' | '10' | '11'
  text_value?: Name
  url_value?: UrlValue
  enum_value?: EnumValue
  user_values?: UserValue[]
  phone_value?: PhoneValue
  field_key?: string
}

/** Shared shape `Department` of catalog/directory.v1.json. */
export interface Department {
  department_id: string
  department_count?: {
    recursive_members_count?: string
    direct_members_count?: string
    recursive_members_count_exclude_leaders?: string
    recursive_departments_count?: string
    direct_departments_count?: string
  }
  has_child?: boolean
  leaders?: Leader[]
  parent_department_id?: string
  name?: Name
  enabled_status?: boolean
  order_weight?: string
  custom_field_values?: CustomFieldValue[]
  department_path_infos?: DepartmentPathInfo[]
  data_source?: number
  org_dimension?: string
}

/** Shared shape `DepartmentPathInfo` of catalog/directory.v1.json. */
export interface DepartmentPathInfo {
  department_id?: string
  department_name?: Name
}

/** Shared shape `Employee` of catalog/directory.v1.json. */
export interface Employee {
  base_info?: BaseInfo
  work_info?: WorkInfo
}

/** Shared shape `EmployeeOrderInDepartment` of catalog/directory.v1.json. */
export interface EmployeeOrderInDepartment {
  department_id?: string
  order_weight_in_deparment?: string
  order_weight_among_deparments?: string
  is_main_department?: boolean
}

/** Shared shape `EnumValue` of catalog/directory.v1.json. */
export interface EnumValue {
  enum_ids: string[]
  enum_type: '1' | '2'
}

/** Shared shape `Leader` of catalog/directory.v1.json. */
export interface Leader {
  leader_type: number
  leader_id: string
}

/** Shared shape `LinkText` of catalog/directory.v1.json. */
export interface LinkText {
  default_value: string
  i18n_value?: { [key: string]: unknown }
}

/** Shared shape `Name` of catalog/directory.v1.json. */
export interface Name {
  default_value: string
  i18n_value?: { [key: string]: string }
  default_locale?: string
}

/** Shared shape `Objects` of catalog/directory.v1.json. */
export interface Objects {
  open_user_ids?: string[]
  open_department_ids?: string[]
  open_group_ids?: string[]
}

/** Shared shape `PageRequest` of catalog/directory.v1.json. */
export interface PageRequest {
  page_size?: number
  page_token?: string
}

/** Shared shape `PageResponse` of catalog/directory.v1.json. */
export interface PageResponse {
  has_more?: boolean
  page_token?: string
}

/** Shared shape `PatchEmployee` of catalog/directory.v1.json. */
export interface PatchEmployee {
  name?: { last_name?: Name; first_name?: Name; name: Name; another_name?: string }
  mobile?: string
  custom_employee_id?: string
  avatar_key?: string
  email?: string
  enterprise_email?: string
  gender?: number
  employee_order_in_departments?: EmployeeOrderInDepartment[]
  background_image_key?: string
  description?: string
  leader_id?: string
  dotted_line_leader_ids?: string[]
  work_country_or_region?: string
  work_place_id?: string
  work_station?: Name
  job_number?: string
  extension_number?: string
  join_date?: string
  employment_type?: number
  positions?: Position[]
  job_title_id?: string
  job_level_id?: string
  job_family_id?: string
  resign_date?: string
  resign_reason?:
    | '0'
    | '1'
    | '2'
    | '3'
    | '4'
    | '5'
    | '6'
    | '7'
    | '8'
    | '9'
    | '10'
    | '11'
    | '12'
    | '13'
    | '14'
    | '15'
    | '16'
    | '17'
    | '18'
    | '19'
    | '20'
    | '21'
    | '22'
    | '23'
    | '24'
    | '25'
  resign_remark?: string
  resign_type?: '0' | '1' | '2' | '3'
  is_frozen?: boolean
  custom_field_values?: CustomFieldValue[]
  virtual_org_infos?: { id: string; employee_order_in_departments?: EmployeeOrderInDepartment[]; leaders?: string[] }[]
}

/** Shared shape `PhoneValue` of catalog/directory.v1.json. */
export interface PhoneValue {
  phone_number: string
  extension_number?: string
}

/** Shared shape `Position` of catalog/directory.v1.json. */
export interface Position {
  position_code: string
  position_name: string
  leader_id?: string
  leader_position_code?: string
  is_main_position: boolean
  department_id: string
}

/** Shared shape `UrlValue` of catalog/directory.v1.json. */
export interface UrlValue {
  link_text: Name
  url: string
  pcurl: string
}

/** Shared shape `UserValue` of catalog/directory.v1.json. */
export interface UserValue {
  ids: string[]
  user_type: '1'
}

/** Shared shape `VirtualOrgInfo` of catalog/directory.v1.json. */
export interface VirtualOrgInfo {
  id: string
  departments?: Department[]
  department_path_base_infos?: DepartmentPathInfo[]
  employee_order_in_departments?: BaseInfoEmployeeOrderInDepartment[]
  leaders?: string[]
}

/** Shared shape `WorkInfo` of catalog/directory.v1.json. */
export interface WorkInfo {
  work_country_or_region?: string
  work_place?: { place_id: string; place_name?: Name; is_enabled?: boolean; description?: Name }
  work_station?: Name
  job_number?: string
  extension_number?: string
  join_date?: string
  employment_type?: number
  staff_status?: number
  positions?: Position[]
  job_title?: { job_title_id: string; job_title_name?: Name; is_enabled?: boolean; description?: Name }
  job_level?: {
    job_level_id: string
    job_level_name?: Name
    is_enabled?: boolean
    is_deleted?: boolean
    order?: string
    description?: Name
  }
  job_family?: {
    job_family_id: string
    job_family_name?: Name
    is_enabled?: boolean
    parent_job_family_id?: string
    description?: Name
  }
  resign_date?: string
  resign_reason?: string
  resign_remark?: string
  resign_type?: string
}
