// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  AssignInfo,
  AssignInfoI18nName,
  Avatar,
  BatchItem,
  CustomAttr,
  DepartmentName,
  DepartmentPath,
  DynamicGroupRule,
  EmployeeTypeEnum,
  Expression,
  GenericUser,
  GetJobTitle,
  GetMember,
  GetUser,
  GetWorkCity,
  I18nName,
  Item,
  ItemCustomAttr,
  JobFamily,
  JobLevel,
  Leader,
  ListItem,
  Member,
  NotificationOption,
  Order,
  Position,
  Result,
  Status,
  Unit,
  UpdateUser,
  User,
  UserCustomAttr,
  VisibleScope,
} from './types.ts'

/** Builds the schema of {@link AssignInfo}. */
export function AssignInfoSchema(): GenericSchema<AssignInfo> {
  return looseObject({
    subscription_id: optional(string()),
    license_plan_key: optional(string()),
    product_name: optional(string()),
    i18n_name: optional(AssignInfoI18nNameSchema()),
    start_time: optional(string()),
    end_time: optional(string()),
  })
}

/** Builds the schema of {@link AssignInfoI18nName}. */
export function AssignInfoI18nNameSchema(): GenericSchema<AssignInfoI18nName> {
  return looseObject({ zh_cn: optional(string()), ja_jp: optional(string()), en_us: optional(string()) })
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

/** Builds the schema of {@link BatchItem}. */
export function BatchItemSchema(): GenericSchema<BatchItem> {
  return looseObject({
    union_id: optional(string()),
    user_id: optional(string()),
    open_id: optional(string()),
    name: string(),
    en_name: optional(string()),
    nickname: optional(string()),
    email: optional(string()),
    mobile: string(),
    mobile_visible: optional(boolean()),
    gender: optional(number()),
    avatar: optional(AvatarSchema()),
    status: optional(StatusSchema()),
    department_ids: optional(array(string())),
    leader_user_id: optional(string()),
    city: optional(string()),
    country: optional(string()),
    work_station: optional(string()),
    join_time: optional(number()),
    is_tenant_manager: optional(boolean()),
    employee_no: optional(string()),
    employee_type: optional(number()),
    positions: optional(array(PositionSchema())),
    orders: optional(array(OrderSchema())),
    custom_attrs: optional(array(UserCustomAttrSchema())),
    enterprise_email: optional(string()),
    idp_type: optional(string()),
    time_zone: optional(string()),
    description: optional(string()),
    job_title: optional(string()),
    need_send_notification: optional(boolean()),
    notification_option: optional(NotificationOptionSchema()),
    is_frozen: optional(boolean()),
    geo: optional(string()),
    job_level_id: optional(string()),
    job_family_id: optional(string()),
    subscription_ids: optional(array(string())),
    assign_info: optional(array(AssignInfoSchema())),
    department_path: optional(array(DepartmentPathSchema())),
    dotted_line_leader_user_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link CustomAttr}. */
export function CustomAttrSchema(): GenericSchema<CustomAttr> {
  return looseObject({
    type: optional(string()),
    id: optional(string()),
    value: optional(looseObject({
      text: optional(string()),
      url: optional(string()),
      pc_url: optional(string()),
      option_id: optional(string()),
      generic_user: optional(GenericUserSchema()),
    })),
  })
}

/** Builds the schema of {@link DepartmentName}. */
export function DepartmentNameSchema(): GenericSchema<DepartmentName> {
  return looseObject({ name: optional(string()), i18n_name: optional(AssignInfoI18nNameSchema()) })
}

/** Builds the schema of {@link DepartmentPath}. */
export function DepartmentPathSchema(): GenericSchema<DepartmentPath> {
  return looseObject({
    department_id: optional(string()),
    department_name: optional(DepartmentNameSchema()),
    department_path: optional(looseObject({
      department_ids: optional(array(string())),
      department_path_name: optional(DepartmentNameSchema()),
    })),
  })
}

/** Builds the schema of {@link DynamicGroupRule}. */
export function DynamicGroupRuleSchema(): GenericSchema<DynamicGroupRule> {
  return looseObject({
    department_level: optional(picklist(['recursive', 'non_recursive'])),
    expressions: optional(array(ExpressionSchema())),
    joiner_rule: optional(string()),
  })
}

/** Builds the schema of {@link EmployeeTypeEnum}. */
export function EmployeeTypeEnumSchema(): GenericSchema<EmployeeTypeEnum> {
  return looseObject({
    enum_id: optional(string()),
    enum_value: optional(string()),
    content: string(),
    enum_type: number(),
    enum_status: number(),
    i18n_content: optional(array(I18nNameSchema())),
  })
}

/** Builds the schema of {@link Expression}. */
export function ExpressionSchema(): GenericSchema<Expression> {
  return looseObject({
    field: optional(string()),
    operator: optional(string()),
    value: optional(string()),
    values: optional(array(string())),
  })
}

/** Builds the schema of {@link GenericUser}. */
export function GenericUserSchema(): GenericSchema<GenericUser> {
  return looseObject({ id: string(), type: number() })
}

/** Builds the schema of {@link GetJobTitle}. */
export function GetJobTitleSchema(): GenericSchema<GetJobTitle> {
  return looseObject({
    job_title_id: optional(string()),
    name: optional(string()),
    i18n_name: optional(array(I18nNameSchema())),
    status: optional(boolean()),
  })
}

/** Builds the schema of {@link GetMember}. */
export function GetMemberSchema(): GenericSchema<GetMember> {
  return looseObject({
    user_id: optional(string()),
    scope_type: optional(picklist(['None', 'All', 'Part'])),
    department_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link GetUser}. */
export function GetUserSchema(): GenericSchema<GetUser> {
  return looseObject({
    union_id: optional(string()),
    user_id: optional(string()),
    open_id: optional(string()),
    name: optional(string()),
    en_name: optional(string()),
    nickname: optional(string()),
    email: optional(string()),
    mobile: optional(string()),
    mobile_visible: optional(boolean()),
    gender: optional(number()),
    avatar: optional(AvatarSchema()),
    status: optional(StatusSchema()),
    department_ids: optional(array(string())),
    leader_user_id: optional(string()),
    city: optional(string()),
    country: optional(string()),
    work_station: optional(string()),
    join_time: optional(number()),
    is_tenant_manager: optional(boolean()),
    employee_no: optional(string()),
    employee_type: optional(number()),
    positions: optional(array(PositionSchema())),
    orders: optional(array(OrderSchema())),
    custom_attrs: optional(array(ItemCustomAttrSchema())),
    enterprise_email: optional(string()),
    time_zone: optional(string()),
    description: optional(string()),
    job_title: optional(string()),
    geo: optional(string()),
    job_level_id: optional(string()),
    job_family_id: optional(string()),
    assign_info: optional(array(AssignInfoSchema())),
    department_path: optional(array(DepartmentPathSchema())),
    dotted_line_leader_user_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link GetWorkCity}. */
export function GetWorkCitySchema(): GenericSchema<GetWorkCity> {
  return looseObject({
    work_city_id: optional(string()),
    name: optional(string()),
    i18n_name: optional(array(I18nNameSchema())),
    status: optional(boolean()),
  })
}

/** Builds the schema of {@link I18nName}. */
export function I18nNameSchema(): GenericSchema<I18nName> {
  return looseObject({ locale: optional(string()), value: optional(string()) })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    name: string(),
    i18n_name: optional(AssignInfoI18nNameSchema()),
    parent_department_id: string(),
    department_id: optional(string()),
    open_department_id: optional(string()),
    leader_user_id: optional(string()),
    chat_id: optional(string()),
    order: optional(string()),
    unit_ids: optional(array(string())),
    member_count: optional(number()),
    status: optional(looseObject({ is_deleted: optional(boolean()) })),
    leaders: optional(array(LeaderSchema())),
    group_chat_employee_types: optional(array(number())),
    department_hrbps: optional(array(string())),
    primary_member_count: optional(number()),
  })
}

/** Builds the schema of {@link ItemCustomAttr}. */
export function ItemCustomAttrSchema(): GenericSchema<ItemCustomAttr> {
  return looseObject({
    type: optional(string()),
    id: optional(string()),
    value: optional(looseObject({
      text: optional(string()),
      url: optional(string()),
      pc_url: optional(string()),
      option_value: optional(string()),
      name: optional(string()),
      picture_url: optional(string()),
      generic_user: optional(GenericUserSchema()),
    })),
  })
}

/** Builds the schema of {@link JobFamily}. */
export function JobFamilySchema(): GenericSchema<JobFamily> {
  return looseObject({
    name: optional(string()),
    description: optional(string()),
    parent_job_family_id: optional(string()),
    status: optional(boolean()),
    i18n_name: optional(array(I18nNameSchema())),
    i18n_description: optional(array(I18nNameSchema())),
    job_family_id: optional(string()),
  })
}

/** Builds the schema of {@link JobLevel}. */
export function JobLevelSchema(): GenericSchema<JobLevel> {
  return looseObject({
    name: optional(string()),
    description: optional(string()),
    order: optional(number()),
    status: optional(boolean()),
    job_level_id: optional(string()),
    i18n_name: optional(array(I18nNameSchema())),
    i18n_description: optional(array(I18nNameSchema())),
  })
}

/** Builds the schema of {@link Leader}. */
export function LeaderSchema(): GenericSchema<Leader> {
  return looseObject({ leaderType: number(), leaderID: string() })
}

/** Builds the schema of {@link ListItem}. */
export function ListItemSchema(): GenericSchema<ListItem> {
  return looseObject({
    union_id: optional(string()),
    user_id: optional(string()),
    open_id: optional(string()),
    name: string(),
    en_name: optional(string()),
    nickname: optional(string()),
    email: optional(string()),
    mobile: string(),
    mobile_visible: optional(boolean()),
    gender: optional(number()),
    avatar: optional(AvatarSchema()),
    status: optional(StatusSchema()),
    department_ids: optional(array(string())),
    leader_user_id: optional(string()),
    city: optional(string()),
    country: optional(string()),
    work_station: optional(string()),
    join_time: optional(number()),
    is_tenant_manager: optional(boolean()),
    employee_no: optional(string()),
    employee_type: optional(number()),
    positions: optional(array(PositionSchema())),
    orders: optional(array(OrderSchema())),
    custom_attrs: optional(array(ItemCustomAttrSchema())),
    enterprise_email: optional(string()),
    time_zone: optional(string()),
    description: optional(string()),
    job_title: optional(string()),
    geo: optional(string()),
    job_level_id: optional(string()),
    job_family_id: optional(string()),
    assign_info: optional(array(AssignInfoSchema())),
    department_path: optional(array(DepartmentPathSchema())),
    dotted_line_leader_user_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link Member}. */
export function MemberSchema(): GenericSchema<Member> {
  return looseObject({ member_id: string(), member_type: string(), member_id_type: optional(string()) })
}

/** Builds the schema of {@link NotificationOption}. */
export function NotificationOptionSchema(): GenericSchema<NotificationOption> {
  return looseObject({ channels: optional(array(string())), language: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])) })
}

/** Builds the schema of {@link Order}. */
export function OrderSchema(): GenericSchema<Order> {
  return looseObject({
    department_id: optional(string()),
    user_order: optional(number()),
    department_order: optional(number()),
    is_primary_dept: optional(boolean()),
  })
}

/** Builds the schema of {@link Position}. */
export function PositionSchema(): GenericSchema<Position> {
  return looseObject({
    position_code: optional(string()),
    position_name: optional(string()),
    department_id: optional(string()),
    leader_user_id: optional(string()),
    leader_position_code: optional(string()),
    is_major: optional(boolean()),
  })
}

/** Builds the schema of {@link Result}. */
export function ResultSchema(): GenericSchema<Result> {
  return looseObject({ user_id: string(), reason: number() })
}

/** Builds the schema of {@link Status}. */
export function StatusSchema(): GenericSchema<Status> {
  return looseObject({
    is_frozen: optional(boolean()),
    is_resigned: optional(boolean()),
    is_activated: optional(boolean()),
    is_exited: optional(boolean()),
    is_unjoin: optional(boolean()),
  })
}

/** Builds the schema of {@link Unit}. */
export function UnitSchema(): GenericSchema<Unit> {
  return looseObject({ unit_id: string(), name: string(), unit_type: string() })
}

/** Builds the schema of {@link UpdateUser}. */
export function UpdateUserSchema(): GenericSchema<UpdateUser> {
  return looseObject({
    union_id: optional(string()),
    user_id: optional(string()),
    open_id: optional(string()),
    name: string(),
    en_name: optional(string()),
    nickname: optional(string()),
    email: optional(string()),
    mobile: string(),
    mobile_visible: optional(boolean()),
    gender: optional(number()),
    avatar: optional(AvatarSchema()),
    status: optional(StatusSchema()),
    department_ids: optional(array(string())),
    leader_user_id: optional(string()),
    city: optional(string()),
    country: optional(string()),
    work_station: optional(string()),
    join_time: optional(number()),
    is_tenant_manager: optional(boolean()),
    employee_no: optional(string()),
    employee_type: optional(number()),
    positions: optional(array(PositionSchema())),
    orders: optional(array(OrderSchema())),
    custom_attrs: optional(array(UserCustomAttrSchema())),
    enterprise_email: optional(string()),
    idp_type: optional(string()),
    time_zone: optional(string()),
    description: optional(string()),
    job_title: optional(string()),
    need_send_notification: optional(boolean()),
    notification_option: optional(NotificationOptionSchema()),
    is_frozen: optional(boolean()),
    geo: optional(string()),
    department_path: optional(array(DepartmentPathSchema())),
    dotted_line_leader_user_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link User}. */
export function UserSchema(): GenericSchema<User> {
  return looseObject({
    union_id: optional(string()),
    user_id: optional(string()),
    open_id: optional(string()),
    name: string(),
    en_name: optional(string()),
    nickname: optional(string()),
    email: optional(string()),
    mobile: string(),
    mobile_visible: optional(boolean()),
    gender: optional(number()),
    avatar: optional(AvatarSchema()),
    status: optional(StatusSchema()),
    department_ids: optional(array(string())),
    leader_user_id: optional(string()),
    city: optional(string()),
    country: optional(string()),
    work_station: optional(string()),
    join_time: optional(number()),
    is_tenant_manager: optional(boolean()),
    employee_no: optional(string()),
    employee_type: optional(number()),
    positions: optional(array(PositionSchema())),
    orders: optional(array(OrderSchema())),
    custom_attrs: optional(array(UserCustomAttrSchema())),
    enterprise_email: optional(string()),
    idp_type: optional(string()),
    time_zone: optional(string()),
    description: optional(string()),
    job_title: optional(string()),
    need_send_notification: optional(boolean()),
    notification_option: optional(NotificationOptionSchema()),
    is_frozen: optional(boolean()),
    geo: optional(string()),
    job_level_id: optional(string()),
    job_family_id: optional(string()),
    department_path: optional(array(DepartmentPathSchema())),
    dotted_line_leader_user_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link UserCustomAttr}. */
export function UserCustomAttrSchema(): GenericSchema<UserCustomAttr> {
  return looseObject({
    type: optional(string()),
    id: optional(string()),
    value: optional(looseObject({
      text: optional(string()),
      url: optional(string()),
      pc_url: optional(string()),
      option_id: optional(string()),
      option_value: optional(string()),
      name: optional(string()),
      picture_url: optional(string()),
      generic_user: optional(GenericUserSchema()),
    })),
  })
}

/** Builds the schema of {@link VisibleScope}. */
export function VisibleScopeSchema(): GenericSchema<VisibleScope> {
  return looseObject({
    visible_scope_type: optional(picklist(['invisible', 'public', 'group_member_visible', 'specified_scope_visible'])),
    visible_users: optional(array(string())),
    visible_departments: optional(array(string())),
    scene_types: optional(array(number())),
  })
}
