// Generated from catalog/directory.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import {
  array,
  boolean,
  looseObject,
  number,
  optional,
  picklist,
  record,
  string,
  unknown,
} from '../../../core/valibot.ts'
import type {
  Abnormal,
  Avatar,
  BaseInfo,
  BaseInfoEmployeeOrderInDepartment,
  Condition,
  CustomFieldValue,
  Department,
  DepartmentPathInfo,
  Employee,
  EmployeeOrderInDepartment,
  EnumValue,
  Leader,
  LinkText,
  Name,
  Objects,
  PageRequest,
  PageResponse,
  PatchEmployee,
  PhoneValue,
  Position,
  UrlValue,
  UserValue,
  VirtualOrgInfo,
  WorkInfo,
} from './types.ts'

/** Builds the schema of {@link Abnormal}. */
export function AbnormalSchema(): GenericSchema<Abnormal> {
  return looseObject({
    id: optional(string()),
    row_error: optional(number()),
    field_errors: optional(record(string(), number())),
  })
}

/** Builds the schema of {@link Avatar}. */
export function AvatarSchema(): GenericSchema<Avatar> {
  return looseObject({
    avatar_72: optional(string()),
    avatar_240: optional(string()),
    avatar_640: optional(string()),
    avatar_origin: optional(string()),
  })
}

/** Builds the schema of {@link BaseInfo}. */
export function BaseInfoSchema(): GenericSchema<BaseInfo> {
  return looseObject({
    employee_id: string(),
    name: looseObject({
      last_name: optional(NameSchema()),
      first_name: optional(NameSchema()),
      name: optional(NameSchema()),
      another_name: optional(string()),
    }),
    mobile: optional(string()),
    email: optional(string()),
    enterprise_email: optional(string()),
    gender: optional(number()),
    departments: optional(array(DepartmentSchema())),
    employee_order_in_departments: optional(array(BaseInfoEmployeeOrderInDepartmentSchema())),
    description: optional(string()),
    active_status: optional(number()),
    is_resigned: optional(boolean()),
    leader_id: optional(string()),
    dotted_line_leader_ids: optional(array(string())),
    is_primary_admin: optional(boolean()),
    enterprise_email_aliases: optional(array(string())),
    custom_field_values: optional(array(CustomFieldValueSchema())),
    department_path_infos: optional(array(array(DepartmentPathInfoSchema()))),
    resign_time: optional(string()),
    avatar: optional(AvatarSchema()),
    background_image: optional(string()),
    is_admin: optional(boolean()),
    data_source: optional(number()),
    geo_name: optional(string()),
    subscription_ids: optional(array(number())),
    virtual_org_infos: optional(array(VirtualOrgInfoSchema())),
    is_forbidden_delete_employee: optional(boolean()),
  })
}

/** Builds the schema of {@link BaseInfoEmployeeOrderInDepartment}. */
export function BaseInfoEmployeeOrderInDepartmentSchema(): GenericSchema<BaseInfoEmployeeOrderInDepartment> {
  return looseObject({
    department_id: optional(string()),
    order_weight_in_deparment: optional(string()),
    order_weight_among_deparments: optional(string()),
  })
}

/** Builds the schema of {@link Condition}. */
export function ConditionSchema(): GenericSchema<Condition> {
  return looseObject({ field: string(), operator: string(), value: string() })
}

/** Builds the schema of {@link CustomFieldValue}. */
export function CustomFieldValueSchema(): GenericSchema<CustomFieldValue> {
  return looseObject({
    field_type: optional(picklist(['1', '2', '3', '4', '9', '10', '11'])),
    text_value: optional(NameSchema()),
    url_value: optional(UrlValueSchema()),
    enum_value: optional(EnumValueSchema()),
    user_values: optional(array(UserValueSchema())),
    phone_value: optional(PhoneValueSchema()),
    field_key: optional(string()),
  })
}

/** Builds the schema of {@link Department}. */
export function DepartmentSchema(): GenericSchema<Department> {
  return looseObject({
    department_id: string(),
    department_count: optional(looseObject({
      recursive_members_count: optional(string()),
      direct_members_count: optional(string()),
      recursive_members_count_exclude_leaders: optional(string()),
      recursive_departments_count: optional(string()),
      direct_departments_count: optional(string()),
    })),
    has_child: optional(boolean()),
    leaders: optional(array(LeaderSchema())),
    parent_department_id: optional(string()),
    name: optional(NameSchema()),
    enabled_status: optional(boolean()),
    order_weight: optional(string()),
    custom_field_values: optional(array(CustomFieldValueSchema())),
    department_path_infos: optional(array(DepartmentPathInfoSchema())),
    data_source: optional(number()),
    org_dimension: optional(string()),
  })
}

/** Builds the schema of {@link DepartmentPathInfo}. */
export function DepartmentPathInfoSchema(): GenericSchema<DepartmentPathInfo> {
  return looseObject({ department_id: optional(string()), department_name: optional(NameSchema()) })
}

/** Builds the schema of {@link Employee}. */
export function EmployeeSchema(): GenericSchema<Employee> {
  return looseObject({ base_info: optional(BaseInfoSchema()), work_info: optional(WorkInfoSchema()) })
}

/** Builds the schema of {@link EmployeeOrderInDepartment}. */
export function EmployeeOrderInDepartmentSchema(): GenericSchema<EmployeeOrderInDepartment> {
  return looseObject({
    department_id: optional(string()),
    order_weight_in_deparment: optional(string()),
    order_weight_among_deparments: optional(string()),
    is_main_department: optional(boolean()),
  })
}

/** Builds the schema of {@link EnumValue}. */
export function EnumValueSchema(): GenericSchema<EnumValue> {
  return looseObject({ enum_ids: array(string()), enum_type: picklist(['1', '2']) })
}

/** Builds the schema of {@link Leader}. */
export function LeaderSchema(): GenericSchema<Leader> {
  return looseObject({ leader_type: number(), leader_id: string() })
}

/** Builds the schema of {@link LinkText}. */
export function LinkTextSchema(): GenericSchema<LinkText> {
  return looseObject({ default_value: string(), i18n_value: optional(record(string(), unknown())) })
}

/** Builds the schema of {@link Name}. */
export function NameSchema(): GenericSchema<Name> {
  return looseObject({
    default_value: string(),
    i18n_value: optional(record(string(), string())),
    default_locale: optional(string()),
  })
}

/** Builds the schema of {@link Objects}. */
export function ObjectsSchema(): GenericSchema<Objects> {
  return looseObject({
    open_user_ids: optional(array(string())),
    open_department_ids: optional(array(string())),
    open_group_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link PageRequest}. */
export function PageRequestSchema(): GenericSchema<PageRequest> {
  return looseObject({ page_size: optional(number()), page_token: optional(string()) })
}

/** Builds the schema of {@link PageResponse}. */
export function PageResponseSchema(): GenericSchema<PageResponse> {
  return looseObject({ has_more: optional(boolean()), page_token: optional(string()) })
}

/** Builds the schema of {@link PatchEmployee}. */
export function PatchEmployeeSchema(): GenericSchema<PatchEmployee> {
  return looseObject({
    name: optional(looseObject({
      last_name: optional(NameSchema()),
      first_name: optional(NameSchema()),
      name: NameSchema(),
      another_name: optional(string()),
    })),
    mobile: optional(string()),
    custom_employee_id: optional(string()),
    avatar_key: optional(string()),
    email: optional(string()),
    enterprise_email: optional(string()),
    gender: optional(number()),
    employee_order_in_departments: optional(array(EmployeeOrderInDepartmentSchema())),
    background_image_key: optional(string()),
    description: optional(string()),
    leader_id: optional(string()),
    dotted_line_leader_ids: optional(array(string())),
    work_country_or_region: optional(string()),
    work_place_id: optional(string()),
    work_station: optional(NameSchema()),
    job_number: optional(string()),
    extension_number: optional(string()),
    join_date: optional(string()),
    employment_type: optional(number()),
    positions: optional(array(PositionSchema())),
    job_title_id: optional(string()),
    job_level_id: optional(string()),
    job_family_id: optional(string()),
    resign_date: optional(string()),
    resign_reason: optional(picklist([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '18',
      '19',
      '20',
      '21',
      '22',
      '23',
      '24',
      '25',
    ])),
    resign_remark: optional(string()),
    resign_type: optional(picklist(['0', '1', '2', '3'])),
    is_frozen: optional(boolean()),
    custom_field_values: optional(array(CustomFieldValueSchema())),
    virtual_org_infos: optional(array(looseObject({
      id: string(),
      employee_order_in_departments: optional(array(EmployeeOrderInDepartmentSchema())),
      leaders: optional(array(string())),
    }))),
  })
}

/** Builds the schema of {@link PhoneValue}. */
export function PhoneValueSchema(): GenericSchema<PhoneValue> {
  return looseObject({ phone_number: string(), extension_number: optional(string()) })
}

/** Builds the schema of {@link Position}. */
export function PositionSchema(): GenericSchema<Position> {
  return looseObject({
    position_code: string(),
    position_name: string(),
    leader_id: optional(string()),
    leader_position_code: optional(string()),
    is_main_position: boolean(),
    department_id: string(),
  })
}

/** Builds the schema of {@link UrlValue}. */
export function UrlValueSchema(): GenericSchema<UrlValue> {
  return looseObject({ link_text: NameSchema(), url: string(), pcurl: string() })
}

/** Builds the schema of {@link UserValue}. */
export function UserValueSchema(): GenericSchema<UserValue> {
  return looseObject({ ids: array(string()), user_type: picklist(['1']) })
}

/** Builds the schema of {@link VirtualOrgInfo}. */
export function VirtualOrgInfoSchema(): GenericSchema<VirtualOrgInfo> {
  return looseObject({
    id: string(),
    departments: optional(array(DepartmentSchema())),
    department_path_base_infos: optional(array(DepartmentPathInfoSchema())),
    employee_order_in_departments: optional(array(BaseInfoEmployeeOrderInDepartmentSchema())),
    leaders: optional(array(string())),
  })
}

/** Builds the schema of {@link WorkInfo}. */
export function WorkInfoSchema(): GenericSchema<WorkInfo> {
  return looseObject({
    work_country_or_region: optional(string()),
    work_place: optional(looseObject({
      place_id: string(),
      place_name: optional(NameSchema()),
      is_enabled: optional(boolean()),
      description: optional(NameSchema()),
    })),
    work_station: optional(NameSchema()),
    job_number: optional(string()),
    extension_number: optional(string()),
    join_date: optional(string()),
    employment_type: optional(number()),
    staff_status: optional(number()),
    positions: optional(array(PositionSchema())),
    job_title: optional(looseObject({
      job_title_id: string(),
      job_title_name: optional(NameSchema()),
      is_enabled: optional(boolean()),
      description: optional(NameSchema()),
    })),
    job_level: optional(looseObject({
      job_level_id: string(),
      job_level_name: optional(NameSchema()),
      is_enabled: optional(boolean()),
      is_deleted: optional(boolean()),
      order: optional(string()),
      description: optional(NameSchema()),
    })),
    job_family: optional(looseObject({
      job_family_id: string(),
      job_family_name: optional(NameSchema()),
      is_enabled: optional(boolean()),
      parent_job_family_id: optional(string()),
      description: optional(NameSchema()),
    })),
    resign_date: optional(string()),
    resign_reason: optional(string()),
    resign_remark: optional(string()),
    resign_type: optional(string()),
  })
}
