// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  AssignedOrganizationSchema,
  CompanySchema,
  ContractSchema,
  CostCenterRateSchema,
  CountryRegionSchema,
  CreateCompanySchema,
  CreateEmploymentSchema,
  CreatePersonSchema,
  CreateTransferInfoSchema,
  CustomFieldSchema,
  DataSchema,
  DepartmentSchema,
  EmployeeTypeSchema,
  EmploymentSchema,
  EnumFieldOptionNameSchema,
  EnumFieldOptionSchema,
  FieldVariableValueSchema,
  GenderSchema,
  GetCurrencySchema,
  GetJobDataSchema,
  GetPersonSchema,
  GetSubdivisionSchema,
  GrantorRuleSchema,
  ItemSchema,
  JobDataListItemSchema,
  JobDataSchema,
  JobFamilySchema,
  JobLevelSchema,
  JobSchema,
  LeaveRequestSchema,
  ListItemSchema,
  LocationSchema,
  ManagementScopeSchema,
  NameSchema,
  NationalIdTypeSchema,
  OrgTruncationSchema,
  PersonSchema,
  PreHireSchema,
  SearchItemSchema,
  WorkEmailSchema,
  WorkingHoursTypeSchema,
} from './models.ts'
import type { SearchAssignedUserOutput } from './assigned_user.ts'
import type {
  AddAuthorizationRoleAssignOutput,
  GetAuthorizationByParamOutput,
  QueryAuthorizationOutput,
  RemoveAuthorizationRoleAssignOutput,
  UpdateAuthorizationRoleAssignOutput,
} from './authorization.ts'
import type { ConvertCommonDataIdOutput } from './common_data.id.ts'
import type {
  AddCommonDataMetaDataEnumOptionOutput,
  EditCommonDataMetaDataEnumOptionOutput,
} from './common_data.meta_data.ts'
import type {
  CreateCompanyOutput,
  DeleteCompanyOutput,
  GetCompanyOutput,
  ListCompanyOutput,
  PatchCompanyOutput,
} from './company.ts'
import type { MatchCompensationStandardOutput } from './compensation_standard.ts'
import type {
  CreateContractOutput,
  DeleteContractOutput,
  GetContractOutput,
  ListContractOutput,
  PatchContractOutput,
} from './contract.ts'
import type { GetCountryRegionOutput, ListCountryRegionOutput } from './country_region.ts'
import type { GetCurrencyOutput, ListCurrencyOutput } from './currency.ts'
import type {
  GetCustomFieldByParamOutput,
  ListCustomFieldObjectApiNameOutput,
  QueryCustomFieldOutput,
} from './custom_field.ts'
import type {
  CreateDepartmentOutput,
  DeleteDepartmentOutput,
  GetDepartmentOutput,
  ListDepartmentOutput,
  PatchDepartmentOutput,
} from './department.ts'
import type {
  CreateEmployeeTypeOutput,
  DeleteEmployeeTypeOutput,
  GetEmployeeTypeOutput,
  ListEmployeeTypeOutput,
  PatchEmployeeTypeOutput,
} from './employee_type.ts'
import type { CreateEmploymentOutput, DeleteEmploymentOutput, PatchEmploymentOutput } from './employment.ts'
import type { CreateJobOutput, DeleteJobOutput, GetJobOutput, ListJobOutput, PatchJobOutput } from './job.ts'
import type { CreateJobChangeOutput } from './job_change.ts'
import type {
  CreateJobDataOutput,
  DeleteJobDataOutput,
  GetJobDataOutput,
  ListJobDataOutput,
  PatchJobDataOutput,
} from './job_data.ts'
import type {
  CreateJobFamilyOutput,
  DeleteJobFamilyOutput,
  GetJobFamilyOutput,
  ListJobFamilyOutput,
  PatchJobFamilyOutput,
} from './job_family.ts'
import type {
  CreateJobLevelOutput,
  DeleteJobLevelOutput,
  GetJobLevelOutput,
  ListJobLevelOutput,
  PatchJobLevelOutput,
} from './job_level.ts'
import type {
  CalendarLeaveByScopeOutput,
  LeaveLeaveBalancesOutput,
  LeaveLeaveRequestHistoryOutput,
  LeaveLeaveTypesOutput,
  WorkLeaveCalendarDateOutput,
  WorkLeaveCalendarOutput,
} from './leave.ts'
import type { CreateLeaveGrantingRecordOutput, DeleteLeaveGrantingRecordOutput } from './leave_granting_record.ts'
import type { CreateLocationOutput, DeleteLocationOutput, GetLocationOutput, ListLocationOutput } from './location.ts'
import type {
  CreateNationalIdTypeOutput,
  DeleteNationalIdTypeOutput,
  GetNationalIdTypeOutput,
  ListNationalIdTypeOutput,
  PatchNationalIdTypeOutput,
} from './national_id_type.ts'
import type { QueryOffboardingOutput, SearchOffboardingOutput, SubmitOffboardingOutput } from './offboarding.ts'
import type {
  CreatePersonOutput,
  DeletePersonOutput,
  GetPersonOutput,
  PatchPersonOutput,
  UploadPersonOutput,
} from './person.ts'
import type { DeletePreHireOutput, GetPreHireOutput, ListPreHireOutput, PatchPreHireOutput } from './pre_hire.ts'
import type { GetProcessFormVariableDataOutput } from './process.form_variable_data.ts'
import type { ListSecurityGroupOutput, QuerySecurityGroupOutput } from './security_group.ts'
import type { GetSubdivisionOutput, ListSubdivisionOutput } from './subdivision.ts'
import type { GetSubregionOutput, ListSubregionOutput } from './subregion.ts'
import type { QueryTransferReasonOutput } from './transfer_reason.ts'
import type { QueryTransferTypeOutput } from './transfer_type.ts'
import type {
  CreateWorkingHoursTypeOutput,
  DeleteWorkingHoursTypeOutput,
  GetWorkingHoursTypeOutput,
  ListWorkingHoursTypeOutput,
  PatchWorkingHoursTypeOutput,
} from './working_hours_type.ts'

/** Schema of {@link SearchAssignedUserOutput}, for opt-in response validation. */
export const SearchAssignedUserOutputSchema: GenericSchema<SearchAssignedUserOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    employment_id: string(),
    management_scope_list: optional(array(ManagementScopeSchema())),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link AddAuthorizationRoleAssignOutput}, for opt-in response validation. */
export const AddAuthorizationRoleAssignOutputSchema: GenericSchema<AddAuthorizationRoleAssignOutput> = /*#__PURE__*/ (() => looseObject({
  assign_id: optional(string()),
}))()

/** Schema of {@link GetAuthorizationByParamOutput}, for opt-in response validation. */
export const GetAuthorizationByParamOutputSchema: GenericSchema<GetAuthorizationByParamOutput> = /*#__PURE__*/ (() => looseObject({
  role_authorization: optional(looseObject({
    employment_id: string(),
    permission_detail_list: array(looseObject({
      role: optional(looseObject({
        id: string(),
        code: string(),
        name: optional(EnumFieldOptionNameSchema()),
        description: optional(EnumFieldOptionNameSchema()),
        org_truncation: optional(array(OrgTruncationSchema())),
      })),
      assigned_organization_list: optional(array(array(AssignedOrganizationSchema()))),
      grantor_rule_list: optional(array(GrantorRuleSchema())),
      update_time: optional(string()),
    })),
  })),
}))()

/** Schema of {@link QueryAuthorizationOutput}, for opt-in response validation. */
export const QueryAuthorizationOutputSchema: GenericSchema<QueryAuthorizationOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    employment_id: string(),
    permission_detail_list: array(looseObject({
      role: optional(ListItemSchema()),
      assigned_organization_list: optional(array(array(AssignedOrganizationSchema()))),
      grantor_rule_list: optional(array(GrantorRuleSchema())),
      update_time: optional(string()),
    })),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link RemoveAuthorizationRoleAssignOutput}, for opt-in response validation. */
export const RemoveAuthorizationRoleAssignOutputSchema: GenericSchema<RemoveAuthorizationRoleAssignOutput> = /*#__PURE__*/ (() => looseObject({
  assign_id: optional(string()),
}))()

/** Schema of {@link UpdateAuthorizationRoleAssignOutput}, for opt-in response validation. */
export const UpdateAuthorizationRoleAssignOutputSchema: GenericSchema<UpdateAuthorizationRoleAssignOutput> = /*#__PURE__*/ (() => looseObject({
  assign_id: optional(string()),
}))()

/** Schema of {@link ConvertCommonDataIdOutput}, for opt-in response validation. */
export const ConvertCommonDataIdOutputSchema: GenericSchema<ConvertCommonDataIdOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({ id: optional(string()), target_id: optional(string()) }))),
}))()

/** Schema of {@link AddCommonDataMetaDataEnumOptionOutput}, for opt-in response validation. */
export const AddCommonDataMetaDataEnumOptionOutputSchema: GenericSchema<AddCommonDataMetaDataEnumOptionOutput> = /*#__PURE__*/ (() => looseObject({
  enum_field_api_name: optional(string()),
  enum_field_options: optional(array(EnumFieldOptionSchema())),
}))()

/** Schema of {@link EditCommonDataMetaDataEnumOptionOutput}, for opt-in response validation. */
export const EditCommonDataMetaDataEnumOptionOutputSchema: GenericSchema<EditCommonDataMetaDataEnumOptionOutput> = /*#__PURE__*/ (() => looseObject({
  enum_field_api_name: optional(string()),
  enum_field_options: optional(array(EnumFieldOptionSchema())),
}))()

/** Schema of {@link CreateCompanyOutput}, for opt-in response validation. */
export const CreateCompanyOutputSchema: GenericSchema<CreateCompanyOutput> = /*#__PURE__*/ (() => looseObject({
  company: optional(CreateCompanySchema()),
}))()

/** Schema of {@link DeleteCompanyOutput}, for opt-in response validation. */
export const DeleteCompanyOutputSchema: GenericSchema<DeleteCompanyOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetCompanyOutput}, for opt-in response validation. */
export const GetCompanyOutputSchema: GenericSchema<GetCompanyOutput> = /*#__PURE__*/ (() => looseObject({
  company: optional(CompanySchema()),
}))()

/** Schema of {@link ListCompanyOutput}, for opt-in response validation. */
export const ListCompanyOutputSchema: GenericSchema<ListCompanyOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CompanySchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchCompanyOutput}, for opt-in response validation. */
export const PatchCompanyOutputSchema: GenericSchema<PatchCompanyOutput> = /*#__PURE__*/ (() => looseObject({
  company: optional(CreateCompanySchema()),
}))()

/** Schema of {@link MatchCompensationStandardOutput}, for opt-in response validation. */
export const MatchCompensationStandardOutputSchema: GenericSchema<MatchCompensationStandardOutput> = /*#__PURE__*/ (() => looseObject({
  standard_id: optional(string()),
  grade: optional(looseObject({
    grade_id: optional(string()),
    grade_tid: optional(string()),
    grade_standard_value: optional(looseObject({
      reference_object: optional(looseObject({
        api_name: optional(picklist(['cpst_item', 'cpst_indicator'])),
        id: optional(string()),
      })),
      standard_type: optional(looseObject({
        api_name: optional(picklist([
          'standard_value',
          'bandwidth_and_standard_value',
          'bandwidth_upper_and_lower_limit',
        ])),
      })),
      band_width: optional(looseObject({ upper_limit: optional(string()), lower_limit: optional(string()) })),
      standard_value: optional(string()),
    })),
    currency: optional(looseObject({
      currency_id: optional(string()),
      code: optional(string()),
      name: optional(EnumFieldOptionNameSchema()),
    })),
    description: optional(EnumFieldOptionNameSchema()),
  })),
  effective_time: optional(string()),
}))()

/** Schema of {@link CreateContractOutput}, for opt-in response validation. */
export const CreateContractOutputSchema: GenericSchema<CreateContractOutput> = /*#__PURE__*/ (() => looseObject({
  contract: optional(ContractSchema()),
}))()

/** Schema of {@link DeleteContractOutput}, for opt-in response validation. */
export const DeleteContractOutputSchema: GenericSchema<DeleteContractOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetContractOutput}, for opt-in response validation. */
export const GetContractOutputSchema: GenericSchema<GetContractOutput> = /*#__PURE__*/ (() => looseObject({
  contract: optional(ContractSchema()),
}))()

/** Schema of {@link ListContractOutput}, for opt-in response validation. */
export const ListContractOutputSchema: GenericSchema<ListContractOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ContractSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchContractOutput}, for opt-in response validation. */
export const PatchContractOutputSchema: GenericSchema<PatchContractOutput> = /*#__PURE__*/ (() => looseObject({
  contract: optional(ContractSchema()),
}))()

/** Schema of {@link GetCountryRegionOutput}, for opt-in response validation. */
export const GetCountryRegionOutputSchema: GenericSchema<GetCountryRegionOutput> = /*#__PURE__*/ (() => looseObject({
  country_region: optional(CountryRegionSchema()),
}))()

/** Schema of {@link ListCountryRegionOutput}, for opt-in response validation. */
export const ListCountryRegionOutputSchema: GenericSchema<ListCountryRegionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CountryRegionSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link GetCurrencyOutput}, for opt-in response validation. */
export const GetCurrencyOutputSchema: GenericSchema<GetCurrencyOutput> = /*#__PURE__*/ (() => looseObject({
  currency: optional(GetCurrencySchema()),
}))()

/** Schema of {@link ListCurrencyOutput}, for opt-in response validation. */
export const ListCurrencyOutputSchema: GenericSchema<ListCurrencyOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(GetCurrencySchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link GetCustomFieldByParamOutput}, for opt-in response validation. */
export const GetCustomFieldByParamOutputSchema: GenericSchema<GetCustomFieldByParamOutput> = /*#__PURE__*/ (() => looseObject({
  data: optional(DataSchema()),
}))()

/** Schema of {@link ListCustomFieldObjectApiNameOutput}, for opt-in response validation. */
export const ListCustomFieldObjectApiNameOutputSchema: GenericSchema<ListCustomFieldObjectApiNameOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    object_api_name: optional(string()),
    name: optional(EnumFieldOptionNameSchema()),
    is_open: optional(boolean()),
    create_time: optional(string()),
    update_time: optional(string()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link QueryCustomFieldOutput}, for opt-in response validation. */
export const QueryCustomFieldOutputSchema: GenericSchema<QueryCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(DataSchema())),
}))()

/** Schema of {@link CreateDepartmentOutput}, for opt-in response validation. */
export const CreateDepartmentOutputSchema: GenericSchema<CreateDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  department: optional(DepartmentSchema()),
}))()

/** Schema of {@link DeleteDepartmentOutput}, for opt-in response validation. */
export const DeleteDepartmentOutputSchema: GenericSchema<DeleteDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetDepartmentOutput}, for opt-in response validation. */
export const GetDepartmentOutputSchema: GenericSchema<GetDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  department: optional(DepartmentSchema()),
}))()

/** Schema of {@link ListDepartmentOutput}, for opt-in response validation. */
export const ListDepartmentOutputSchema: GenericSchema<ListDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(DepartmentSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchDepartmentOutput}, for opt-in response validation. */
export const PatchDepartmentOutputSchema: GenericSchema<PatchDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  department: optional(DepartmentSchema()),
}))()

/** Schema of {@link CreateEmployeeTypeOutput}, for opt-in response validation. */
export const CreateEmployeeTypeOutputSchema: GenericSchema<CreateEmployeeTypeOutput> = /*#__PURE__*/ (() => looseObject({
  employee_type: optional(EmployeeTypeSchema()),
}))()

/** Schema of {@link DeleteEmployeeTypeOutput}, for opt-in response validation. */
export const DeleteEmployeeTypeOutputSchema: GenericSchema<DeleteEmployeeTypeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetEmployeeTypeOutput}, for opt-in response validation. */
export const GetEmployeeTypeOutputSchema: GenericSchema<GetEmployeeTypeOutput> = /*#__PURE__*/ (() => looseObject({
  employee_type: optional(EmployeeTypeSchema()),
}))()

/** Schema of {@link ListEmployeeTypeOutput}, for opt-in response validation. */
export const ListEmployeeTypeOutputSchema: GenericSchema<ListEmployeeTypeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(EmployeeTypeSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchEmployeeTypeOutput}, for opt-in response validation. */
export const PatchEmployeeTypeOutputSchema: GenericSchema<PatchEmployeeTypeOutput> = /*#__PURE__*/ (() => looseObject({
  employee_type: optional(EmployeeTypeSchema()),
}))()

/** Schema of {@link CreateEmploymentOutput}, for opt-in response validation. */
export const CreateEmploymentOutputSchema: GenericSchema<CreateEmploymentOutput> = /*#__PURE__*/ (() => looseObject({
  employment: optional(CreateEmploymentSchema()),
}))()

/** Schema of {@link DeleteEmploymentOutput}, for opt-in response validation. */
export const DeleteEmploymentOutputSchema: GenericSchema<DeleteEmploymentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchEmploymentOutput}, for opt-in response validation. */
export const PatchEmploymentOutputSchema: GenericSchema<PatchEmploymentOutput> = /*#__PURE__*/ (() => looseObject({
  employment: optional(EmploymentSchema()),
}))()

/** Schema of {@link CreateJobOutput}, for opt-in response validation. */
export const CreateJobOutputSchema: GenericSchema<CreateJobOutput> = /*#__PURE__*/ (() => looseObject({
  job: optional(JobSchema()),
}))()

/** Schema of {@link DeleteJobOutput}, for opt-in response validation. */
export const DeleteJobOutputSchema: GenericSchema<DeleteJobOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetJobOutput}, for opt-in response validation. */
export const GetJobOutputSchema: GenericSchema<GetJobOutput> = /*#__PURE__*/ (() => looseObject({
  job: optional(JobSchema()),
}))()

/** Schema of {@link ListJobOutput}, for opt-in response validation. */
export const ListJobOutputSchema: GenericSchema<ListJobOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(JobSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchJobOutput}, for opt-in response validation. */
export const PatchJobOutputSchema: GenericSchema<PatchJobOutput> = /*#__PURE__*/ (() => looseObject({
  job: optional(JobSchema()),
}))()

/** Schema of {@link CreateJobChangeOutput}, for opt-in response validation. */
export const CreateJobChangeOutputSchema: GenericSchema<CreateJobChangeOutput> = /*#__PURE__*/ (() => looseObject({
  job_change_id: optional(string()),
  employment_id: optional(string()),
  status: optional(number()),
  transfer_type_unique_identifier: optional(string()),
  transfer_reason_unique_identifier: optional(string()),
  process_id: optional(string()),
  effective_date: optional(string()),
  created_time: optional(string()),
  transfer_info: optional(CreateTransferInfoSchema()),
}))()

/** Schema of {@link CreateJobDataOutput}, for opt-in response validation. */
export const CreateJobDataOutputSchema: GenericSchema<CreateJobDataOutput> = /*#__PURE__*/ (() => looseObject({
  job_data: optional(JobDataSchema()),
}))()

/** Schema of {@link DeleteJobDataOutput}, for opt-in response validation. */
export const DeleteJobDataOutputSchema: GenericSchema<DeleteJobDataOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetJobDataOutput}, for opt-in response validation. */
export const GetJobDataOutputSchema: GenericSchema<GetJobDataOutput> = /*#__PURE__*/ (() => looseObject({
  job_data: optional(GetJobDataSchema()),
}))()

/** Schema of {@link ListJobDataOutput}, for opt-in response validation. */
export const ListJobDataOutputSchema: GenericSchema<ListJobDataOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(JobDataListItemSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchJobDataOutput}, for opt-in response validation. */
export const PatchJobDataOutputSchema: GenericSchema<PatchJobDataOutput> = /*#__PURE__*/ (() => looseObject({
  job_data: optional(JobDataSchema()),
}))()

/** Schema of {@link CreateJobFamilyOutput}, for opt-in response validation. */
export const CreateJobFamilyOutputSchema: GenericSchema<CreateJobFamilyOutput> = /*#__PURE__*/ (() => looseObject({
  job_family: optional(JobFamilySchema()),
}))()

/** Schema of {@link DeleteJobFamilyOutput}, for opt-in response validation. */
export const DeleteJobFamilyOutputSchema: GenericSchema<DeleteJobFamilyOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetJobFamilyOutput}, for opt-in response validation. */
export const GetJobFamilyOutputSchema: GenericSchema<GetJobFamilyOutput> = /*#__PURE__*/ (() => looseObject({
  job_family: optional(JobFamilySchema()),
}))()

/** Schema of {@link ListJobFamilyOutput}, for opt-in response validation. */
export const ListJobFamilyOutputSchema: GenericSchema<ListJobFamilyOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(JobFamilySchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchJobFamilyOutput}, for opt-in response validation. */
export const PatchJobFamilyOutputSchema: GenericSchema<PatchJobFamilyOutput> = /*#__PURE__*/ (() => looseObject({
  job_family: optional(JobFamilySchema()),
}))()

/** Schema of {@link CreateJobLevelOutput}, for opt-in response validation. */
export const CreateJobLevelOutputSchema: GenericSchema<CreateJobLevelOutput> = /*#__PURE__*/ (() => looseObject({
  job_level: optional(JobLevelSchema()),
}))()

/** Schema of {@link DeleteJobLevelOutput}, for opt-in response validation. */
export const DeleteJobLevelOutputSchema: GenericSchema<DeleteJobLevelOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetJobLevelOutput}, for opt-in response validation. */
export const GetJobLevelOutputSchema: GenericSchema<GetJobLevelOutput> = /*#__PURE__*/ (() => looseObject({
  job_level: optional(JobLevelSchema()),
}))()

/** Schema of {@link ListJobLevelOutput}, for opt-in response validation. */
export const ListJobLevelOutputSchema: GenericSchema<ListJobLevelOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(JobLevelSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchJobLevelOutput}, for opt-in response validation. */
export const PatchJobLevelOutputSchema: GenericSchema<PatchJobLevelOutput> = /*#__PURE__*/ (() => looseObject({
  job_level: optional(JobLevelSchema()),
}))()

/** Schema of {@link CalendarLeaveByScopeOutput}, for opt-in response validation. */
export const CalendarLeaveByScopeOutputSchema: GenericSchema<CalendarLeaveByScopeOutput> = /*#__PURE__*/ (() => looseObject({
  calendar_wk_id: optional(string()),
}))()

/** Schema of {@link LeaveLeaveBalancesOutput}, for opt-in response validation. */
export const LeaveLeaveBalancesOutputSchema: GenericSchema<LeaveLeaveBalancesOutput> = /*#__PURE__*/ (() => looseObject({
  employment_leave_balance_list: optional(array(looseObject({
    employment_id: string(),
    employment_name: array(NameSchema()),
    as_of_date: string(),
    leave_balance_list: array(looseObject({
      leave_type_id: string(),
      leave_type_name: array(NameSchema()),
      historical_cycles_left: optional(string()),
      this_cycle_total: optional(string()),
      this_cycle_taken: string(),
      leave_balance: string(),
      leave_duration_unit: number(),
      history_cycle_accrual: optional(string()),
      balance_in_current_cycle: optional(string()),
      taken: optional(string()),
      taken_history_cycle: optional(string()),
      offboarding_balance: optional(string()),
      taken_current_date: optional(string()),
      offboarding_granted: optional(string()),
      leave_balance_excluding_under_approval: optional(string()),
      leave_quantity_under_approval: optional(string()),
    })),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link LeaveLeaveRequestHistoryOutput}, for opt-in response validation. */
export const LeaveLeaveRequestHistoryOutputSchema: GenericSchema<LeaveLeaveRequestHistoryOutput> = /*#__PURE__*/ (() => looseObject({
  leave_request_list: optional(array(LeaveRequestSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link LeaveLeaveTypesOutput}, for opt-in response validation. */
export const LeaveLeaveTypesOutputSchema: GenericSchema<LeaveLeaveTypesOutput> = /*#__PURE__*/ (() => looseObject({
  leave_type_list: optional(array(looseObject({
    leave_type_id: string(),
    leave_type_name: array(NameSchema()),
    status: number(),
    leave_subtype_list: optional(array(looseObject({ leave_type_id: string(), leave_type_name: array(NameSchema()) }))),
    created_at: string(),
    created_by: string(),
    updated_at: string(),
    updated_by: string(),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link WorkLeaveCalendarOutput}, for opt-in response validation. */
export const WorkLeaveCalendarOutputSchema: GenericSchema<WorkLeaveCalendarOutput> = /*#__PURE__*/ (() => looseObject({
  work_calendars: optional(array(looseObject({
    calendar_id: string(),
    calendar_name: optional(EnumFieldOptionNameSchema()),
    enable: boolean(),
  }))),
  count: optional(number()),
}))()

/** Schema of {@link WorkLeaveCalendarDateOutput}, for opt-in response validation. */
export const WorkLeaveCalendarDateOutputSchema: GenericSchema<WorkLeaveCalendarDateOutput> = /*#__PURE__*/ (() => looseObject({
  calendar_dates: optional(array(looseObject({
    calendar_id: optional(string()),
    date: optional(string()),
    date_type: optional(picklist(['day_off', 'public_holiday', 'workday'])),
    id: optional(string()),
  }))),
}))()

/** Schema of {@link CreateLeaveGrantingRecordOutput}, for opt-in response validation. */
export const CreateLeaveGrantingRecordOutputSchema: GenericSchema<CreateLeaveGrantingRecordOutput> = /*#__PURE__*/ (() => looseObject({
  leave_granting_record: optional(looseObject({
    id: string(),
    employment_id: string(),
    leave_type_id: string(),
    granting_quantity: string(),
    granting_unit: number(),
    effective_date: string(),
    expiration_date: string(),
    granted_by: number(),
    reason: array(NameSchema()),
    created_at: string(),
    created_by: string(),
    updated_at: string(),
    updated_by: string(),
    section_type: optional(number()),
  })),
}))()

/** Schema of {@link DeleteLeaveGrantingRecordOutput}, for opt-in response validation. */
export const DeleteLeaveGrantingRecordOutputSchema: GenericSchema<DeleteLeaveGrantingRecordOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateLocationOutput}, for opt-in response validation. */
export const CreateLocationOutputSchema: GenericSchema<CreateLocationOutput> = /*#__PURE__*/ (() => looseObject({
  location: optional(LocationSchema()),
}))()

/** Schema of {@link DeleteLocationOutput}, for opt-in response validation. */
export const DeleteLocationOutputSchema: GenericSchema<DeleteLocationOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetLocationOutput}, for opt-in response validation. */
export const GetLocationOutputSchema: GenericSchema<GetLocationOutput> = /*#__PURE__*/ (() => looseObject({
  location: optional(LocationSchema()),
}))()

/** Schema of {@link ListLocationOutput}, for opt-in response validation. */
export const ListLocationOutputSchema: GenericSchema<ListLocationOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(LocationSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link CreateNationalIdTypeOutput}, for opt-in response validation. */
export const CreateNationalIdTypeOutputSchema: GenericSchema<CreateNationalIdTypeOutput> = /*#__PURE__*/ (() => looseObject({
  national_id_type: optional(NationalIdTypeSchema()),
}))()

/** Schema of {@link DeleteNationalIdTypeOutput}, for opt-in response validation. */
export const DeleteNationalIdTypeOutputSchema: GenericSchema<DeleteNationalIdTypeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetNationalIdTypeOutput}, for opt-in response validation. */
export const GetNationalIdTypeOutputSchema: GenericSchema<GetNationalIdTypeOutput> = /*#__PURE__*/ (() => looseObject({
  national_id_type: optional(NationalIdTypeSchema()),
}))()

/** Schema of {@link ListNationalIdTypeOutput}, for opt-in response validation. */
export const ListNationalIdTypeOutputSchema: GenericSchema<ListNationalIdTypeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(NationalIdTypeSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchNationalIdTypeOutput}, for opt-in response validation. */
export const PatchNationalIdTypeOutputSchema: GenericSchema<PatchNationalIdTypeOutput> = /*#__PURE__*/ (() => looseObject({
  national_id_type: optional(NationalIdTypeSchema()),
}))()

/** Schema of {@link QueryOffboardingOutput}, for opt-in response validation. */
export const QueryOffboardingOutputSchema: GenericSchema<QueryOffboardingOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    offboarding_reason_unique_identifier: optional(string()),
    name: optional(array(NameSchema())),
    active: optional(boolean()),
    parent_offboarding_reason_unique_identifier: optional(string()),
    created_time: optional(string()),
    updated_time: optional(string()),
  }))),
}))()

/** Schema of {@link SearchOffboardingOutput}, for opt-in response validation. */
export const SearchOffboardingOutputSchema: GenericSchema<SearchOffboardingOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(SearchItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  total: optional(number()),
  reject_export: optional(boolean()),
}))()

/** Schema of {@link SubmitOffboardingOutput}, for opt-in response validation. */
export const SubmitOffboardingOutputSchema: GenericSchema<SubmitOffboardingOutput> = /*#__PURE__*/ (() => looseObject({
  offboarding_id: optional(string()),
  employment_id: optional(string()),
  offboarding_reason_unique_identifier: optional(string()),
  offboarding_date: optional(string()),
  offboarding_reason_explanation: optional(string()),
  add_block_list: optional(boolean()),
  block_reason: optional(string()),
  block_reason_explanation: optional(string()),
  created_time: optional(string()),
}))()

/** Schema of {@link CreatePersonOutput}, for opt-in response validation. */
export const CreatePersonOutputSchema: GenericSchema<CreatePersonOutput> = /*#__PURE__*/ (() => looseObject({
  person: optional(CreatePersonSchema()),
}))()

/** Schema of {@link DeletePersonOutput}, for opt-in response validation. */
export const DeletePersonOutputSchema: GenericSchema<DeletePersonOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetPersonOutput}, for opt-in response validation. */
export const GetPersonOutputSchema: GenericSchema<GetPersonOutput> = /*#__PURE__*/ (() => looseObject({
  person: optional(GetPersonSchema()),
}))()

/** Schema of {@link PatchPersonOutput}, for opt-in response validation. */
export const PatchPersonOutputSchema: GenericSchema<PatchPersonOutput> = /*#__PURE__*/ (() => looseObject({
  person: optional(PersonSchema()),
}))()

/** Schema of {@link UploadPersonOutput}, for opt-in response validation. */
export const UploadPersonOutputSchema: GenericSchema<UploadPersonOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
}))()

/** Schema of {@link DeletePreHireOutput}, for opt-in response validation. */
export const DeletePreHireOutputSchema: GenericSchema<DeletePreHireOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetPreHireOutput}, for opt-in response validation. */
export const GetPreHireOutputSchema: GenericSchema<GetPreHireOutput> = /*#__PURE__*/ (() => looseObject({
  pre_hire: optional(PreHireSchema()),
}))()

/** Schema of {@link ListPreHireOutput}, for opt-in response validation. */
export const ListPreHireOutputSchema: GenericSchema<ListPreHireOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    ats_application_id: optional(string()),
    id: optional(string()),
    hire_date: optional(string()),
    employee_type: GenderSchema(),
    worker_id: optional(string()),
    employee_type_id: string(),
    person_id: string(),
    custom_fields: optional(array(CustomFieldSchema())),
    onboarding_status: GenderSchema(),
    cost_center_rate: optional(array(CostCenterRateSchema())),
    work_email_list: optional(array(WorkEmailSchema())),
    department_id: optional(string()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchPreHireOutput}, for opt-in response validation. */
export const PatchPreHireOutputSchema: GenericSchema<PatchPreHireOutput> = /*#__PURE__*/ (() => looseObject({
  pre_hire: optional(PreHireSchema()),
}))()

/** Schema of {@link GetProcessFormVariableDataOutput}, for opt-in response validation. */
export const GetProcessFormVariableDataOutputSchema: GenericSchema<GetProcessFormVariableDataOutput> = /*#__PURE__*/ (() => looseObject({
  field_variable_values: optional(array(FieldVariableValueSchema())),
}))()

/** Schema of {@link ListSecurityGroupOutput}, for opt-in response validation. */
export const ListSecurityGroupOutputSchema: GenericSchema<ListSecurityGroupOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ListItemSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link QuerySecurityGroupOutput}, for opt-in response validation. */
export const QuerySecurityGroupOutputSchema: GenericSchema<QuerySecurityGroupOutput> = /*#__PURE__*/ (() => looseObject({
  hrbp_list: optional(array(looseObject({
    employment_id_list: array(string()),
    department_id: optional(string()),
    work_location_id: optional(string()),
  }))),
}))()

/** Schema of {@link GetSubdivisionOutput}, for opt-in response validation. */
export const GetSubdivisionOutputSchema: GenericSchema<GetSubdivisionOutput> = /*#__PURE__*/ (() => looseObject({
  subdivision: optional(GetSubdivisionSchema()),
}))()

/** Schema of {@link ListSubdivisionOutput}, for opt-in response validation. */
export const ListSubdivisionOutputSchema: GenericSchema<ListSubdivisionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(GetSubdivisionSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link GetSubregionOutput}, for opt-in response validation. */
export const GetSubregionOutputSchema: GenericSchema<GetSubregionOutput> = /*#__PURE__*/ (() => looseObject({
  subregion: optional(ItemSchema()),
}))()

/** Schema of {@link ListSubregionOutput}, for opt-in response validation. */
export const ListSubregionOutputSchema: GenericSchema<ListSubregionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link QueryTransferReasonOutput}, for opt-in response validation. */
export const QueryTransferReasonOutputSchema: GenericSchema<QueryTransferReasonOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    transfer_reason_unique_identifier: optional(string()),
    name: optional(array(NameSchema())),
    active: optional(boolean()),
    parent_transfer_reason_unique_identifier: optional(string()),
    created_time: optional(string()),
    updated_time: optional(string()),
  }))),
}))()

/** Schema of {@link QueryTransferTypeOutput}, for opt-in response validation. */
export const QueryTransferTypeOutputSchema: GenericSchema<QueryTransferTypeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    transfer_type_unique_identifier: optional(string()),
    name: optional(array(NameSchema())),
    active: optional(boolean()),
    flow_id: optional(string()),
    flow_name: optional(array(NameSchema())),
    created_time: optional(string()),
    updated_time: optional(string()),
  }))),
}))()

/** Schema of {@link CreateWorkingHoursTypeOutput}, for opt-in response validation. */
export const CreateWorkingHoursTypeOutputSchema: GenericSchema<CreateWorkingHoursTypeOutput> = /*#__PURE__*/ (() => looseObject({
  working_hours_type: optional(WorkingHoursTypeSchema()),
}))()

/** Schema of {@link DeleteWorkingHoursTypeOutput}, for opt-in response validation. */
export const DeleteWorkingHoursTypeOutputSchema: GenericSchema<DeleteWorkingHoursTypeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetWorkingHoursTypeOutput}, for opt-in response validation. */
export const GetWorkingHoursTypeOutputSchema: GenericSchema<GetWorkingHoursTypeOutput> = /*#__PURE__*/ (() => looseObject({
  working_hours_type: optional(WorkingHoursTypeSchema()),
}))()

/** Schema of {@link ListWorkingHoursTypeOutput}, for opt-in response validation. */
export const ListWorkingHoursTypeOutputSchema: GenericSchema<ListWorkingHoursTypeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(WorkingHoursTypeSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchWorkingHoursTypeOutput}, for opt-in response validation. */
export const PatchWorkingHoursTypeOutputSchema: GenericSchema<PatchWorkingHoursTypeOutput> = /*#__PURE__*/ (() => looseObject({
  working_hours_type: optional(WorkingHoursTypeSchema()),
}))()
