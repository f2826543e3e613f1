// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  AdditionalJobSchema,
  AdditionalNationalitieSchema,
  ApprovalNodeSchema,
  BatchGetItemSchema,
  CompanyBatchGetItemSchema,
  CompanyQueryMultiTimelineItemSchema,
  CompensationTypeSchema,
  CostCenterRateSchema,
  CostCenterSchema,
  CreateCostCenterSchema,
  CurrencySchema,
  CustomFieldSchema,
  CustomOrgSchema,
  DepartmentChangeSchema,
  EmployeeBatchGetItemSchema,
  EmployeesJobDataBatchGetItemSchema,
  EmployeesJobDataQueryItemSchema,
  EmploymentAllBpSchema,
  EmploymentNameSchema,
  EstimatedActiveIndividualsDetailSchema,
  FieldValueSchema,
  FieldVariableValueSchema,
  InternationalAssignmentSchema,
  ItemCustomFieldSchema,
  JobChangeSchema,
  JobChangeSearchItemSchema,
  JobSchema,
  LinksSchema,
  ListByBizIdSignatureFileSchema,
  LocationBatchGetItemSchema,
  LocationQueryMultiTimelineItemSchema,
  MultiPeriodValueSchema,
  NameSchema,
  NodeNameSchema,
  PatchPersonSchema,
  PersonSchema,
  PositionChangeSchema,
  PreHireSearchItemSchema,
  QueryItemSchema,
  QueryMultiTimelineItemSchema,
  SearchItemSchema,
  SignatoryLabelSchema,
  SignatureTemplateSchema,
  TemplateRegionInfoSchema,
  TransferInfoSchema,
  TreeItemSchema,
  VersionSchema,
} from './models.ts'
import type {
  GetApprovalGroupsOutput,
  OpenApprovalGroupsQueryDepartmentChangeListByIdsOutput,
  OpenApprovalGroupsQueryJobChangeListByIdsOutput,
  OpenApprovalGroupsQueryPositionChangeListByIdsOutput,
} from './approval_groups.ts'
import type { ListApproverOutput } from './approver.ts'
import type { SearchBasicInfoBankOutput } from './basic_info.bank.ts'
import type { SearchBasicInfoBankBranchOutput } from './basic_info.bank_branch.ts'
import type { SearchBasicInfoCityOutput } from './basic_info.city.ts'
import type { SearchBasicInfoCountryRegionOutput } from './basic_info.country_region.ts'
import type { SearchBasicInfoCountryRegionSubdivisionOutput } from './basic_info.country_region_subdivision.ts'
import type { SearchBasicInfoCurrencyOutput } from './basic_info.currency.ts'
import type { SearchBasicInfoDistrictOutput } from './basic_info.district.ts'
import type { SearchBasicInfoLanguageOutput } from './basic_info.language.ts'
import type { SearchBasicInfoNationalityOutput } from './basic_info.nationality.ts'
import type { SearchBasicInfoTimeZoneOutput } from './basic_info.time_zone.ts'
import type { GetBpByDepartmentOutput, ListBpOutput } from './bp.ts'
import type {
  ActiveCompanyOutput,
  BatchGetCompanyOutput,
  QueryCompanyMultiTimelineOutput,
  QueryCompanyRecentChangeOutput,
} from './company.ts'
import type { SearchContractOutput } from './contract.ts'
import type {
  BatchQueryCostAllocationOutput,
  CreateCostAllocationVersionOutput,
  RemoveCostAllocationVersionOutput,
  UpdateCostAllocationVersionOutput,
} from './cost_allocation.ts'
import type {
  CreateCostCenterOutput,
  DeleteCostCenterOutput,
  PatchCostCenterOutput,
  QueryCostCenterMultiTimelineOutput,
  QueryCostCenterRecentChangeOutput,
  SearchCostCenterOutput,
  TreeCostCenterOutput,
} from './cost_center.ts'
import type {
  CreateCostCenterVersionOutput,
  DeleteCostCenterVersionOutput,
  PatchCostCenterVersionOutput,
} from './cost_center.version.ts'
import type {
  ActiveCustomOrgOutput,
  CreateCustomOrgOutput,
  DeleteCustomOrgOrgOutput,
  PatchCustomOrgOutput,
  QueryCustomOrgOutput,
  QueryCustomOrgRecentChangeOutput,
  UpdateCustomOrgRuleOutput,
} from './custom_org.ts'
import type {
  BatchQueryDefaultCostCenterOutput,
  CreateDefaultCostCenterVersionOutput,
  RemoveDefaultCostCenterVersionOutput,
  UpdateDefaultCostCenterVersionOutput,
} from './default_cost_center.ts'
import type {
  BatchGetDepartmentOutput,
  DeleteDepartmentOutput,
  ParentsDepartmentOutput,
  PatchDepartmentOutput,
  QueryDepartmentMultiTimelineOutput,
  QueryDepartmentOperationLogsOutput,
  QueryDepartmentRecentChangeOutput,
  QueryDepartmentTimelineOutput,
  SearchDepartmentOutput,
  TreeDepartmentOutput,
} from './department.ts'
import type { GetDraftOutput } from './draft.ts'
import type { BatchGetEmployeeOutput, CreateEmployeeOutput, SearchEmployeeOutput } from './employee.ts'
import type {
  CreateEmployeeCustomOrgEmpCustomOrgOutput,
  DelEmployeeCustomOrgOutput,
  EditEmployeeCustomOrgEmpCustomOrgOutput,
  EmploymentEmployeeCustomOrgCustomOrgRecordOutput,
  QuerybyidEmployeeCustomOrgOutput,
} from './employee.custom_org.ts'
import type {
  BatchEmployeesAdditionalJobOutput,
  CreateEmployeesAdditionalJobOutput,
  DeleteEmployeesAdditionalJobOutput,
  PatchEmployeesAdditionalJobOutput,
} from './employees.additional_job.ts'
import type { BatchGetEmployeesBpOutput } from './employees.bp.ts'
import type {
  CreateEmployeesInternationalAssignmentOutput,
  DeleteEmployeesInternationalAssignmentOutput,
  ListEmployeesInternationalAssignmentOutput,
  PatchEmployeesInternationalAssignmentOutput,
} from './employees.international_assignment.ts'
import type { BatchGetEmployeesJobDataOutput, QueryEmployeesJobDataOutput } from './employees.job_data.ts'
import type { SearchEnumOutput } from './enum.ts'
import type {
  BatchGetJobOutput,
  GetJobOutput,
  ListJobOutput,
  QueryJobMultiTimelineOutput,
  QueryJobRecentChangeOutput,
} from './job.ts'
import type { CreateJobChangeOutput, RevokeJobChangeOutput, SearchJobChangeOutput } from './job_change.ts'
import type {
  BatchGetJobFamilyOutput,
  QueryJobFamilyMultiTimelineOutput,
  QueryJobFamilyRecentChangeOutput,
} from './job_family.ts'
import type {
  CreateJobGradeOutput,
  DeleteJobGradeOutput,
  PatchJobGradeOutput,
  QueryJobGradeOutput,
  QueryJobGradeRecentChangeOutput,
} from './job_grade.ts'
import type { BatchGetJobLevelOutput, QueryJobLevelRecentChangeOutput } from './job_level.ts'
import type {
  ActiveLocationOutput,
  BatchGetLocationOutput,
  PatchLocationOutput,
  QueryLocationMultiTimelineOutput,
  QueryLocationRecentChangeOutput,
} from './location.ts'
import type {
  CreateLocationAddressOutput,
  DeleteLocationAddressOutput,
  PatchLocationAddressOutput,
} from './location.address.ts'
import type { EditOffboardingOutput, RevokeOffboardingOutput, SubmitOffboardingV2Output } from './offboarding.ts'
import type {
  ActivePathwayOutput,
  BatchGetPathwayOutput,
  CreatePathwayOutput,
  DeletePathwayOutput,
  PatchPathwayOutput,
} from './pathway.ts'
import type { CreatePersonOutput, PatchPersonOutput } from './person.ts'
import type {
  ActivePositionOutput,
  CreatePositionOutput,
  DelPositionPositionOutput,
  PatchPositionOutput,
  QueryPositionOutput,
  QueryPositionRecentChangeOutput,
} from './position.ts'
import type {
  CompletePreHireOutput,
  CreatePreHireOutput,
  DeletePreHireOutput,
  PatchPreHireOutput,
  QueryPreHireOutput,
  RestorePreHireFlowInstanceOutput,
  SearchPreHireOutput,
  TransformPreHireOnboardingTaskOutput,
  TransitPreHireTaskOutput,
  WithdrawPreHireOnboardingOutput,
} from './pre_hire.ts'
import type {
  EditProbationOutput,
  EnableProbationDisableAssessmentOutput,
  SearchProbationOutput,
  SubmitProbationOutput,
  WithdrawProbationOutput,
} from './probation.ts'
import type {
  CreateProbationAssessmentOutput,
  DeleteProbationAssessmentOutput,
  PatchProbationAssessmentOutput,
} from './probation.assessment.ts'
import type { FlowProcessVariableDataOutput, GetProcessOutput, ListProcessOutput } from './process.ts'
import type { UpdateProcessApproverOutput } from './process.approver.ts'
import type { UpdateProcessExtraOutput } from './process.extra.ts'
import type { GetProcessFormVariableDataOutput } from './process.form_variable_data.ts'
import type { CreateProcessQueryFlowDataTemplateOutput } from './process.query_flow_data_template.ts'
import type { UpdateProcessTransferOutput } from './process.transfer.ts'
import type { UpdateProcessRevokeOutput } from './process_revoke.ts'
import type { CreateProcessStartOutput } from './process_start.ts'
import type { UpdateProcessWithdrawOutput } from './process_withdraw.ts'
import type { BatchDeleteReportDetailRowOutput, BatchSaveReportDetailRowOutput } from './report_detail_row.ts'
import type {
  ListSignatureFileByBizIdOutput,
  ListSignatureFileOutput,
  QuerySignatureFileOutput,
  TerminateSignatureFileOutput,
} from './signature_file.ts'
import type { ListSignatureNodeByFileIdOutput } from './signature_node.ts'
import type { SearchSignatureTemplateOutput } from './signature_template.ts'
import type { ListSignatureTemplateInfoWithThumbnailOutput } from './signature_template_info_with_thumbnail.ts'
import type { ListWorkforcePlanOutput } from './workforce_plan.ts'
import type { BatchV2WorkforcePlanDetailOutput, BatchWorkforcePlanDetailOutput } from './workforce_plan_detail.ts'
import type {
  BatchDeleteWorkforcePlanDetailRowOutput,
  BatchSaveWorkforcePlanDetailRowOutput,
} from './workforce_plan_detail_row.ts'

/** Schema of {@link GetApprovalGroupsOutput}, for opt-in response validation. */
export const GetApprovalGroupsOutputSchema: GenericSchema<GetApprovalGroupsOutput> = /*#__PURE__*/ (() => looseObject({
  approval_group: optional(looseObject({
    approval_group_id: optional(string()),
    process_id: optional(string()),
    approval_group_status: optional(picklist(['0', '1', '2', '3', '4', '5'])),
    approval_group_status_v2: optional(number()),
    topic: optional(string()),
    adjust_reason: optional(string()),
    effective_date: optional(string()),
    created_by: optional(string()),
    draft_id: optional(string()),
    draft_status: optional(picklist(['0', '1', '2', '3'])),
    department_changes: optional(array(string())),
    job_changes: optional(array(string())),
    position_changes: optional(array(string())),
  })),
}))()

/** Schema of {@link OpenApprovalGroupsQueryDepartmentChangeListByIdsOutput}, for opt-in response validation. */
export const OpenApprovalGroupsQueryDepartmentChangeListByIdsOutputSchema: GenericSchema<OpenApprovalGroupsQueryDepartmentChangeListByIdsOutput> = /*#__PURE__*/ (() => looseObject({
  department_changes: optional(array(DepartmentChangeSchema())),
}))()

/** Schema of {@link OpenApprovalGroupsQueryJobChangeListByIdsOutput}, for opt-in response validation. */
export const OpenApprovalGroupsQueryJobChangeListByIdsOutputSchema: GenericSchema<OpenApprovalGroupsQueryJobChangeListByIdsOutput> = /*#__PURE__*/ (() => looseObject({
  job_changes: optional(array(JobChangeSchema())),
}))()

/** Schema of {@link OpenApprovalGroupsQueryPositionChangeListByIdsOutput}, for opt-in response validation. */
export const OpenApprovalGroupsQueryPositionChangeListByIdsOutputSchema: GenericSchema<OpenApprovalGroupsQueryPositionChangeListByIdsOutput> = /*#__PURE__*/ (() => looseObject({
  position_changes: optional(array(PositionChangeSchema())),
}))()

/** Schema of {@link ListApproverOutput}, for opt-in response validation. */
export const ListApproverOutputSchema: GenericSchema<ListApproverOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  has_more: optional(boolean()),
  approver_list: optional(array(looseObject({
    approver_id: optional(string()),
    process_id: optional(string()),
    approver_status: optional(number()),
  }))),
}))()

/** Schema of {@link SearchBasicInfoBankOutput}, for opt-in response validation. */
export const SearchBasicInfoBankOutputSchema: GenericSchema<SearchBasicInfoBankOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    bank_id: optional(string()),
    bank_name: optional(array(NameSchema())),
    bank_code: optional(string()),
    country_region_id: optional(string()),
    status: optional(number()),
    create_time: optional(string()),
    update_time: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SearchBasicInfoBankBranchOutput}, for opt-in response validation. */
export const SearchBasicInfoBankBranchOutputSchema: GenericSchema<SearchBasicInfoBankBranchOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    bank_branch_id: optional(string()),
    bank_branch_name: optional(array(NameSchema())),
    bank_id: optional(string()),
    code: optional(string()),
    swift_code: optional(string()),
    status: optional(number()),
    bank_branch_code: optional(string()),
    register_place: optional(string()),
    bank_address: optional(string()),
    create_time: optional(string()),
    update_time: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SearchBasicInfoCityOutput}, for opt-in response validation. */
export const SearchBasicInfoCityOutputSchema: GenericSchema<SearchBasicInfoCityOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    city_id: optional(string()),
    name: optional(array(NameSchema())),
    country_region_subdivision_id: optional(string()),
    code: optional(string()),
    subregion_code: optional(string()),
    status: optional(number()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SearchBasicInfoCountryRegionOutput}, for opt-in response validation. */
export const SearchBasicInfoCountryRegionOutputSchema: GenericSchema<SearchBasicInfoCountryRegionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    country_region_id: optional(string()),
    name: optional(array(NameSchema())),
    full_name: optional(array(NameSchema())),
    alpha_2_code: optional(string()),
    alpha_3_code: optional(string()),
    global_code: optional(string()),
    status: optional(number()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SearchBasicInfoCountryRegionSubdivisionOutput}, for opt-in response validation. */
export const SearchBasicInfoCountryRegionSubdivisionOutputSchema: GenericSchema<SearchBasicInfoCountryRegionSubdivisionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    country_region_subdivision_id: optional(string()),
    name: optional(array(NameSchema())),
    country_region_id: optional(string()),
    subdivision_type: optional(CompensationTypeSchema()),
    iso_code: optional(string()),
    status: optional(number()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SearchBasicInfoCurrencyOutput}, for opt-in response validation. */
export const SearchBasicInfoCurrencyOutputSchema: GenericSchema<SearchBasicInfoCurrencyOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CurrencySchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SearchBasicInfoDistrictOutput}, for opt-in response validation. */
export const SearchBasicInfoDistrictOutputSchema: GenericSchema<SearchBasicInfoDistrictOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    district_id: optional(string()),
    name: optional(array(NameSchema())),
    city_id: optional(string()),
    subregion_code: optional(string()),
    status: optional(number()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SearchBasicInfoLanguageOutput}, for opt-in response validation. */
export const SearchBasicInfoLanguageOutputSchema: GenericSchema<SearchBasicInfoLanguageOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    language_id: optional(string()),
    name: optional(array(NameSchema())),
    ietf_language_tag: optional(string()),
    status: optional(number()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SearchBasicInfoNationalityOutput}, for opt-in response validation. */
export const SearchBasicInfoNationalityOutputSchema: GenericSchema<SearchBasicInfoNationalityOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(AdditionalNationalitieSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SearchBasicInfoTimeZoneOutput}, for opt-in response validation. */
export const SearchBasicInfoTimeZoneOutputSchema: GenericSchema<SearchBasicInfoTimeZoneOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    time_zone_id: optional(string()),
    name: optional(array(NameSchema())),
    time_zone_code: optional(string()),
    utc_offset: optional(string()),
    status: optional(number()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link GetBpByDepartmentOutput}, for opt-in response validation. */
export const GetBpByDepartmentOutputSchema: GenericSchema<GetBpByDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({ department_id: optional(string()), hrbp_ids: optional(array(string())) }))),
}))()

/** Schema of {@link ListBpOutput}, for opt-in response validation. */
export const ListBpOutputSchema: GenericSchema<ListBpOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({ department_id: optional(string()), hrbp_id: optional(string()) }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ActiveCompanyOutput}, for opt-in response validation. */
export const ActiveCompanyOutputSchema: GenericSchema<ActiveCompanyOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link BatchGetCompanyOutput}, for opt-in response validation. */
export const BatchGetCompanyOutputSchema: GenericSchema<BatchGetCompanyOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CompanyBatchGetItemSchema())),
}))()

/** Schema of {@link QueryCompanyMultiTimelineOutput}, for opt-in response validation. */
export const QueryCompanyMultiTimelineOutputSchema: GenericSchema<QueryCompanyMultiTimelineOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CompanyQueryMultiTimelineItemSchema())),
}))()

/** Schema of {@link QueryCompanyRecentChangeOutput}, for opt-in response validation. */
export const QueryCompanyRecentChangeOutputSchema: GenericSchema<QueryCompanyRecentChangeOutput> = /*#__PURE__*/ (() => looseObject({
  company_ids: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  deleted_company_ids: optional(array(string())),
}))()

/** Schema of {@link SearchContractOutput}, for opt-in response validation. */
export const SearchContractOutputSchema: GenericSchema<SearchContractOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    effective_time: optional(string()),
    contract_end_date: optional(string()),
    expiration_time: optional(string()),
    employment_id: optional(string()),
    contract_type: optional(CompensationTypeSchema()),
    first_party_company_id: optional(string()),
    person_id: optional(string()),
    duration_type: optional(CompensationTypeSchema()),
    contract_number: optional(string()),
    signing_type: optional(CompensationTypeSchema()),
    contract_status: optional(CompensationTypeSchema()),
    renewal_status: optional(CompensationTypeSchema()),
    signing_times: optional(number()),
    original_contract: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link BatchQueryCostAllocationOutput}, for opt-in response validation. */
export const BatchQueryCostAllocationOutputSchema: GenericSchema<BatchQueryCostAllocationOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    employment_id: optional(string()),
    cost_allocations: optional(array(looseObject({
      wk_id: optional(string()),
      effective_time: optional(string()),
      expiration_time: optional(string()),
      job_data_cost_center_id: optional(array(CostCenterRateSchema())),
      job_data_id: optional(looseObject({ wk_id: optional(string()) })),
      reason: optional(string()),
    }))),
  }))),
}))()

/** Schema of {@link CreateCostAllocationVersionOutput}, for opt-in response validation. */
export const CreateCostAllocationVersionOutputSchema: GenericSchema<CreateCostAllocationVersionOutput> = /*#__PURE__*/ (() => looseObject({
  cost_allocation_id: optional(string()),
}))()

/** Schema of {@link RemoveCostAllocationVersionOutput}, for opt-in response validation. */
export const RemoveCostAllocationVersionOutputSchema: GenericSchema<RemoveCostAllocationVersionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateCostAllocationVersionOutput}, for opt-in response validation. */
export const UpdateCostAllocationVersionOutputSchema: GenericSchema<UpdateCostAllocationVersionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateCostCenterOutput}, for opt-in response validation. */
export const CreateCostCenterOutputSchema: GenericSchema<CreateCostCenterOutput> = /*#__PURE__*/ (() => looseObject({
  cost_center: optional(CreateCostCenterSchema()),
}))()

/** Schema of {@link DeleteCostCenterOutput}, for opt-in response validation. */
export const DeleteCostCenterOutputSchema: GenericSchema<DeleteCostCenterOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchCostCenterOutput}, for opt-in response validation. */
export const PatchCostCenterOutputSchema: GenericSchema<PatchCostCenterOutput> = /*#__PURE__*/ (() => looseObject({
  cost_center: optional(CreateCostCenterSchema()),
}))()

/** Schema of {@link QueryCostCenterMultiTimelineOutput}, for opt-in response validation. */
export const QueryCostCenterMultiTimelineOutputSchema: GenericSchema<QueryCostCenterMultiTimelineOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    cost_center_id: optional(string()),
    version_id: optional(string()),
    name: array(NameSchema()),
    code: optional(string()),
    parent_cost_center_id: optional(string()),
    managers: optional(array(string())),
    description: optional(array(NameSchema())),
    effective_date: string(),
    expiration_date: optional(string()),
    active: optional(boolean()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link QueryCostCenterRecentChangeOutput}, for opt-in response validation. */
export const QueryCostCenterRecentChangeOutputSchema: GenericSchema<QueryCostCenterRecentChangeOutput> = /*#__PURE__*/ (() => looseObject({
  cost_center_ids: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  deleted_cost_center_ids: optional(array(string())),
}))()

/** Schema of {@link SearchCostCenterOutput}, for opt-in response validation. */
export const SearchCostCenterOutputSchema: GenericSchema<SearchCostCenterOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(VersionSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link TreeCostCenterOutput}, for opt-in response validation. */
export const TreeCostCenterOutputSchema: GenericSchema<TreeCostCenterOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(TreeItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  reject_export: optional(boolean()),
}))()

/** Schema of {@link CreateCostCenterVersionOutput}, for opt-in response validation. */
export const CreateCostCenterVersionOutputSchema: GenericSchema<CreateCostCenterVersionOutput> = /*#__PURE__*/ (() => looseObject({
  version: optional(VersionSchema()),
}))()

/** Schema of {@link DeleteCostCenterVersionOutput}, for opt-in response validation. */
export const DeleteCostCenterVersionOutputSchema: GenericSchema<DeleteCostCenterVersionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchCostCenterVersionOutput}, for opt-in response validation. */
export const PatchCostCenterVersionOutputSchema: GenericSchema<PatchCostCenterVersionOutput> = /*#__PURE__*/ (() => looseObject({
  version: optional(VersionSchema()),
}))()

/** Schema of {@link ActiveCustomOrgOutput}, for opt-in response validation. */
export const ActiveCustomOrgOutputSchema: GenericSchema<ActiveCustomOrgOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreateCustomOrgOutput}, for opt-in response validation. */
export const CreateCustomOrgOutputSchema: GenericSchema<CreateCustomOrgOutput> = /*#__PURE__*/ (() => looseObject({
  org_id: optional(string()),
}))()

/** Schema of {@link DeleteCustomOrgOrgOutput}, for opt-in response validation. */
export const DeleteCustomOrgOrgOutputSchema: GenericSchema<DeleteCustomOrgOrgOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchCustomOrgOutput}, for opt-in response validation. */
export const PatchCustomOrgOutputSchema: GenericSchema<PatchCustomOrgOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link QueryCustomOrgOutput}, for opt-in response validation. */
export const QueryCustomOrgOutputSchema: GenericSchema<QueryCustomOrgOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    object_api_name: string(),
    names: optional(array(NameSchema())),
    code: optional(string()),
    parent_id: optional(string()),
    manager_ids: optional(array(string())),
    description: optional(array(NameSchema())),
    effective_time: optional(string()),
    org_roles: optional(array(looseObject({
      api_name: string(),
      security_group_id: optional(string()),
      employment_ids: optional(array(string())),
      inherit_employment_ids: optional(array(string())),
    }))),
    match_rule_groups: optional(array(looseObject({
      match_rules: optional(array(looseObject({
        left_value: string(),
        operator: picklist(['contains', 'notContains']),
        right_values: optional(array(string())),
        ref_key: optional(picklist(['specified', 'reference'])),
      }))),
    }))),
    active: optional(boolean()),
    org_id: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link QueryCustomOrgRecentChangeOutput}, for opt-in response validation. */
export const QueryCustomOrgRecentChangeOutputSchema: GenericSchema<QueryCustomOrgRecentChangeOutput> = /*#__PURE__*/ (() => looseObject({
  custom_org_ids: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  deleted_custom_org_ids: optional(array(string())),
}))()

/** Schema of {@link UpdateCustomOrgRuleOutput}, for opt-in response validation. */
export const UpdateCustomOrgRuleOutputSchema: GenericSchema<UpdateCustomOrgRuleOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchQueryDefaultCostCenterOutput}, for opt-in response validation. */
export const BatchQueryDefaultCostCenterOutputSchema: GenericSchema<BatchQueryDefaultCostCenterOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    employment_id: optional(string()),
    default_cost_centers: optional(array(looseObject({
      wk_id: optional(string()),
      wk_tid: optional(string()),
      effective_time: optional(string()),
      cost_center_id: optional(string()),
      job_data_id: optional(string()),
      is_inherit: optional(boolean()),
      inherit_source: optional(CompensationTypeSchema()),
      reason: optional(string()),
      wk_created_at: optional(string()),
    }))),
  }))),
}))()

/** Schema of {@link CreateDefaultCostCenterVersionOutput}, for opt-in response validation. */
export const CreateDefaultCostCenterVersionOutputSchema: GenericSchema<CreateDefaultCostCenterVersionOutput> = /*#__PURE__*/ (() => looseObject({
  wk_id: optional(string()),
  wk_tid: optional(string()),
}))()

/** Schema of {@link RemoveDefaultCostCenterVersionOutput}, for opt-in response validation. */
export const RemoveDefaultCostCenterVersionOutputSchema: GenericSchema<RemoveDefaultCostCenterVersionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateDefaultCostCenterVersionOutput}, for opt-in response validation. */
export const UpdateDefaultCostCenterVersionOutputSchema: GenericSchema<UpdateDefaultCostCenterVersionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchGetDepartmentOutput}, for opt-in response validation. */
export const BatchGetDepartmentOutputSchema: GenericSchema<BatchGetDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(BatchGetItemSchema())),
}))()

/** Schema of {@link DeleteDepartmentOutput}, for opt-in response validation. */
export const DeleteDepartmentOutputSchema: GenericSchema<DeleteDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ParentsDepartmentOutput}, for opt-in response validation. */
export const ParentsDepartmentOutputSchema: GenericSchema<ParentsDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    department_id: optional(string()),
    parent_department_list: optional(array(looseObject({
      department_id: optional(string()),
      department_name: optional(array(NameSchema())),
      parent_department_id: optional(string()),
      active: optional(boolean()),
      is_root: optional(boolean()),
    }))),
  }))),
  reject_export: optional(boolean()),
}))()

/** Schema of {@link PatchDepartmentOutput}, for opt-in response validation. */
export const PatchDepartmentOutputSchema: GenericSchema<PatchDepartmentOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link QueryDepartmentMultiTimelineOutput}, for opt-in response validation. */
export const QueryDepartmentMultiTimelineOutputSchema: GenericSchema<QueryDepartmentMultiTimelineOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(QueryMultiTimelineItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link QueryDepartmentOperationLogsOutput}, for opt-in response validation. */
export const QueryDepartmentOperationLogsOutputSchema: GenericSchema<QueryDepartmentOperationLogsOutput> = /*#__PURE__*/ (() => looseObject({
  op_logs: optional(array(looseObject({
    object_id: optional(string()),
    changes: optional(array(looseObject({
      field: optional(string()),
      before: optional(string()),
      after: optional(string()),
      ext: optional(looseObject({ id: optional(string()), usage: optional(string()) })),
    }))),
    operator: optional(string()),
    operation_type: optional(number()),
    operation_time: optional(string()),
    effective_time: optional(string()),
    operation_reason: optional(string()),
    change_reasons: optional(array(string())),
  }))),
  next_page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link QueryDepartmentRecentChangeOutput}, for opt-in response validation. */
export const QueryDepartmentRecentChangeOutputSchema: GenericSchema<QueryDepartmentRecentChangeOutput> = /*#__PURE__*/ (() => looseObject({
  department_ids: optional(array(string())),
  deleted_department_ids: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link QueryDepartmentTimelineOutput}, for opt-in response validation. */
export const QueryDepartmentTimelineOutputSchema: GenericSchema<QueryDepartmentTimelineOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(QueryMultiTimelineItemSchema())),
}))()

/** Schema of {@link SearchDepartmentOutput}, for opt-in response validation. */
export const SearchDepartmentOutputSchema: GenericSchema<SearchDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(BatchGetItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  reject_export: optional(boolean()),
  total_count: optional(string()),
}))()

/** Schema of {@link TreeDepartmentOutput}, for opt-in response validation. */
export const TreeDepartmentOutputSchema: GenericSchema<TreeDepartmentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(TreeItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  reject_export: optional(boolean()),
}))()

/** Schema of {@link GetDraftOutput}, for opt-in response validation. */
export const GetDraftOutputSchema: GenericSchema<GetDraftOutput> = /*#__PURE__*/ (() => looseObject({
  draft_id: optional(string()),
  draft_status: optional(picklist(['0', '1', '2', '3'])),
  process_infos: optional(array(looseObject({
    process_id: optional(string()),
    approval_group_status: optional(picklist(['0', '1', '2', '3', '4', '5'])),
  }))),
}))()

/** Schema of {@link BatchGetEmployeeOutput}, for opt-in response validation. */
export const BatchGetEmployeeOutputSchema: GenericSchema<BatchGetEmployeeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(EmployeeBatchGetItemSchema())),
}))()

/** Schema of {@link CreateEmployeeOutput}, for opt-in response validation. */
export const CreateEmployeeOutputSchema: GenericSchema<CreateEmployeeOutput> = /*#__PURE__*/ (() => looseObject({
  employment_id: optional(string()),
  contract_id: optional(string()),
  job_data_id: optional(string()),
}))()

/** Schema of {@link SearchEmployeeOutput}, for opt-in response validation. */
export const SearchEmployeeOutputSchema: GenericSchema<SearchEmployeeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(EmployeeBatchGetItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateEmployeeCustomOrgEmpCustomOrgOutput}, for opt-in response validation. */
export const CreateEmployeeCustomOrgEmpCustomOrgOutputSchema: GenericSchema<CreateEmployeeCustomOrgEmpCustomOrgOutput> = /*#__PURE__*/ (() => looseObject({
  job_data_custom_org_id: string(),
  version_id: string(),
}))()

/** Schema of {@link DelEmployeeCustomOrgOutput}, for opt-in response validation. */
export const DelEmployeeCustomOrgOutputSchema: GenericSchema<DelEmployeeCustomOrgOutput> = /*#__PURE__*/ (() => looseObject({
  data: string(),
}))()

/** Schema of {@link EditEmployeeCustomOrgEmpCustomOrgOutput}, for opt-in response validation. */
export const EditEmployeeCustomOrgEmpCustomOrgOutputSchema: GenericSchema<EditEmployeeCustomOrgEmpCustomOrgOutput> = /*#__PURE__*/ (() => looseObject({
  data: optional(string()),
}))()

/** Schema of {@link EmploymentEmployeeCustomOrgCustomOrgRecordOutput}, for opt-in response validation. */
export const EmploymentEmployeeCustomOrgCustomOrgRecordOutputSchema: GenericSchema<EmploymentEmployeeCustomOrgCustomOrgRecordOutput> = /*#__PURE__*/ (() => looseObject({
  custom_org_list: optional(array(CustomOrgSchema())),
}))()

/** Schema of {@link QuerybyidEmployeeCustomOrgOutput}, for opt-in response validation. */
export const QuerybyidEmployeeCustomOrgOutputSchema: GenericSchema<QuerybyidEmployeeCustomOrgOutput> = /*#__PURE__*/ (() => looseObject({
  custom_org: array(CustomOrgSchema()),
  user_id: optional(string()),
}))()

/** Schema of {@link BatchEmployeesAdditionalJobOutput}, for opt-in response validation. */
export const BatchEmployeesAdditionalJobOutputSchema: GenericSchema<BatchEmployeesAdditionalJobOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(AdditionalJobSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateEmployeesAdditionalJobOutput}, for opt-in response validation. */
export const CreateEmployeesAdditionalJobOutputSchema: GenericSchema<CreateEmployeesAdditionalJobOutput> = /*#__PURE__*/ (() => looseObject({
  additional_job: optional(AdditionalJobSchema()),
}))()

/** Schema of {@link DeleteEmployeesAdditionalJobOutput}, for opt-in response validation. */
export const DeleteEmployeesAdditionalJobOutputSchema: GenericSchema<DeleteEmployeesAdditionalJobOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchEmployeesAdditionalJobOutput}, for opt-in response validation. */
export const PatchEmployeesAdditionalJobOutputSchema: GenericSchema<PatchEmployeesAdditionalJobOutput> = /*#__PURE__*/ (() => looseObject({
  additional_job: optional(AdditionalJobSchema()),
}))()

/** Schema of {@link BatchGetEmployeesBpOutput}, for opt-in response validation. */
export const BatchGetEmployeesBpOutputSchema: GenericSchema<BatchGetEmployeesBpOutput> = /*#__PURE__*/ (() => looseObject({
  employment_direct_bps: optional(array(EmploymentAllBpSchema())),
  employment_all_bps: optional(array(EmploymentAllBpSchema())),
}))()

/** Schema of {@link CreateEmployeesInternationalAssignmentOutput}, for opt-in response validation. */
export const CreateEmployeesInternationalAssignmentOutputSchema: GenericSchema<CreateEmployeesInternationalAssignmentOutput> = /*#__PURE__*/ (() => looseObject({
  international_assignment: optional(InternationalAssignmentSchema()),
}))()

/** Schema of {@link DeleteEmployeesInternationalAssignmentOutput}, for opt-in response validation. */
export const DeleteEmployeesInternationalAssignmentOutputSchema: GenericSchema<DeleteEmployeesInternationalAssignmentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListEmployeesInternationalAssignmentOutput}, for opt-in response validation. */
export const ListEmployeesInternationalAssignmentOutputSchema: GenericSchema<ListEmployeesInternationalAssignmentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    work_location_id: optional(string()),
    service_company: optional(string()),
    work_shift: optional(CompensationTypeSchema()),
    working_hours_type_id: optional(string()),
    employee_type_id: optional(string()),
    weekly_working_hours_v2: optional(number()),
    department_id: optional(string()),
    job_id: optional(string()),
    job_family_id: optional(string()),
    job_level_id: optional(string()),
    job_grade_id: optional(string()),
    compensation_type: optional(CompensationTypeSchema()),
    direct_manager_id: optional(string()),
    dotted_line_manager_id: optional(string()),
    work_calendar_id: optional(string()),
    position_id: optional(string()),
    employment_id: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    international_assignment_reason: optional(string()),
    description: optional(string()),
    international_assignment_expected_end_date: optional(string()),
    international_assignment_status: optional(CompensationTypeSchema()),
    international_assignment_type: optional(CompensationTypeSchema()),
    effective_time: optional(string()),
    expiration_time: optional(string()),
    id: optional(string()),
  }))),
  no_authority_ids: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchEmployeesInternationalAssignmentOutput}, for opt-in response validation. */
export const PatchEmployeesInternationalAssignmentOutputSchema: GenericSchema<PatchEmployeesInternationalAssignmentOutput> = /*#__PURE__*/ (() => looseObject({
  international_assignment: optional(InternationalAssignmentSchema()),
}))()

/** Schema of {@link BatchGetEmployeesJobDataOutput}, for opt-in response validation. */
export const BatchGetEmployeesJobDataOutputSchema: GenericSchema<BatchGetEmployeesJobDataOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(EmployeesJobDataBatchGetItemSchema())),
}))()

/** Schema of {@link QueryEmployeesJobDataOutput}, for opt-in response validation. */
export const QueryEmployeesJobDataOutputSchema: GenericSchema<QueryEmployeesJobDataOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(EmployeesJobDataQueryItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SearchEnumOutput}, for opt-in response validation. */
export const SearchEnumOutputSchema: GenericSchema<SearchEnumOutput> = /*#__PURE__*/ (() => looseObject({
  enums: optional(array(looseObject({
    enum_apiname: optional(string()),
    enum_items: optional(array(looseObject({
      api_name: optional(string()),
      name: optional(array(NameSchema())),
      description: optional(array(NameSchema())),
      enum_api_name: optional(string()),
      order: optional(number()),
      status: optional(number()),
    }))),
  }))),
}))()

/** Schema of {@link BatchGetJobOutput}, for opt-in response validation. */
export const BatchGetJobOutputSchema: GenericSchema<BatchGetJobOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    code: optional(string()),
    name: array(NameSchema()),
    description: optional(array(NameSchema())),
    active: boolean(),
    job_title: optional(array(NameSchema())),
    pathway_id: optional(string()),
    job_family_id_list: optional(array(string())),
    job_level_id_list: optional(array(string())),
    working_hours_type_id: optional(string()),
    effective_time: string(),
    expiration_time: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    created_by: optional(string()),
    created_time: optional(string()),
    updated_by: optional(string()),
    updated_time: optional(string()),
  }))),
}))()

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

/** Schema of {@link QueryJobMultiTimelineOutput}, for opt-in response validation. */
export const QueryJobMultiTimelineOutputSchema: GenericSchema<QueryJobMultiTimelineOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    job_version_data: optional(array(looseObject({
      job_id: optional(string()),
      job_version_id: optional(string()),
      job_names: optional(array(NameSchema())),
      effective_date: optional(string()),
      expiration_date: optional(string()),
      active: optional(boolean()),
      descriptions: optional(array(NameSchema())),
      code: optional(string()),
      job_titles: optional(array(NameSchema())),
      job_family_ids: optional(array(string())),
      job_level_ids: optional(array(string())),
      pathway_id: optional(string()),
      working_hours_type_id: optional(string()),
    }))),
  }))),
}))()

/** Schema of {@link QueryJobRecentChangeOutput}, for opt-in response validation. */
export const QueryJobRecentChangeOutputSchema: GenericSchema<QueryJobRecentChangeOutput> = /*#__PURE__*/ (() => looseObject({
  job_ids: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  deleted_job_ids: optional(array(string())),
}))()

/** Schema of {@link CreateJobChangeOutput}, for opt-in response validation. */
export const CreateJobChangeOutputSchema: GenericSchema<CreateJobChangeOutput> = /*#__PURE__*/ (() => looseObject({
  job_change_id: optional(string()),
  employment_id: optional(string()),
  status: optional(picklist(['Approving', 'Approved', 'Rejected', 'NoNeedApproval', 'Transformed', 'Cancelled'])),
  transfer_type_unique_identifier: optional(string()),
  transfer_reason_unique_identifier: optional(string()),
  process_id: optional(string()),
  effective_date: optional(string()),
  created_time: optional(string()),
  transfer_info: optional(TransferInfoSchema()),
  is_adjust_salary: optional(boolean()),
  custom_fields: optional(array(CustomFieldSchema())),
  details_of_job_status_change: optional(array(string())),
  employment_name: optional(EmploymentNameSchema()),
  exception_status: optional(string()),
  no_permission_fields: optional(array(string())),
  approval_nodes: optional(array(ApprovalNodeSchema())),
}))()

/** Schema of {@link RevokeJobChangeOutput}, for opt-in response validation. */
export const RevokeJobChangeOutputSchema: GenericSchema<RevokeJobChangeOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(boolean()),
  message: optional(string()),
}))()

/** Schema of {@link SearchJobChangeOutput}, for opt-in response validation. */
export const SearchJobChangeOutputSchema: GenericSchema<SearchJobChangeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(JobChangeSearchItemSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
  total: optional(number()),
  reject_export: optional(boolean()),
}))()

/** Schema of {@link BatchGetJobFamilyOutput}, for opt-in response validation. */
export const BatchGetJobFamilyOutputSchema: GenericSchema<BatchGetJobFamilyOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    job_family_id: optional(string()),
    name: array(NameSchema()),
    active: boolean(),
    selectable: optional(boolean()),
    parent_id: optional(string()),
    pathway_ids: optional(array(string())),
    effective_time: string(),
    expiration_time: optional(string()),
    code: optional(string()),
    description: optional(array(NameSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
  }))),
}))()

/** Schema of {@link QueryJobFamilyMultiTimelineOutput}, for opt-in response validation. */
export const QueryJobFamilyMultiTimelineOutputSchema: GenericSchema<QueryJobFamilyMultiTimelineOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    job_family_version_data: optional(array(looseObject({
      job_family_id: optional(string()),
      job_family_version_id: optional(string()),
      job_family_names: optional(array(NameSchema())),
      effective_date: optional(string()),
      expiration_date: optional(string()),
      active: optional(boolean()),
      descriptions: optional(array(NameSchema())),
      selectable: optional(boolean()),
      parent_job_family_id: optional(string()),
      pathway_ids: optional(array(string())),
      code: optional(string()),
    }))),
  }))),
}))()

/** Schema of {@link QueryJobFamilyRecentChangeOutput}, for opt-in response validation. */
export const QueryJobFamilyRecentChangeOutputSchema: GenericSchema<QueryJobFamilyRecentChangeOutput> = /*#__PURE__*/ (() => looseObject({
  job_family_ids: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  deleted_job_family_ids: optional(array(string())),
}))()

/** Schema of {@link CreateJobGradeOutput}, for opt-in response validation. */
export const CreateJobGradeOutputSchema: GenericSchema<CreateJobGradeOutput> = /*#__PURE__*/ (() => looseObject({
  grade_id: optional(string()),
}))()

/** Schema of {@link DeleteJobGradeOutput}, for opt-in response validation. */
export const DeleteJobGradeOutputSchema: GenericSchema<DeleteJobGradeOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link PatchJobGradeOutput}, for opt-in response validation. */
export const PatchJobGradeOutputSchema: GenericSchema<PatchJobGradeOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link QueryJobGradeOutput}, for opt-in response validation. */
export const QueryJobGradeOutputSchema: GenericSchema<QueryJobGradeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    job_grade_id: optional(string()),
    grade_order: optional(number()),
    code: optional(string()),
    names: optional(array(NameSchema())),
    descriptions: optional(array(NameSchema())),
    active: optional(boolean()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link QueryJobGradeRecentChangeOutput}, for opt-in response validation. */
export const QueryJobGradeRecentChangeOutputSchema: GenericSchema<QueryJobGradeRecentChangeOutput> = /*#__PURE__*/ (() => looseObject({
  job_grade_ids: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  deleted_job_grade_ids: optional(array(string())),
}))()

/** Schema of {@link BatchGetJobLevelOutput}, for opt-in response validation. */
export const BatchGetJobLevelOutputSchema: GenericSchema<BatchGetJobLevelOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    job_level_id: optional(string()),
    level_order: number(),
    code: optional(string()),
    name: array(NameSchema()),
    description: optional(array(NameSchema())),
    active: boolean(),
    custom_fields: optional(array(CustomFieldSchema())),
    job_grade: optional(array(string())),
    pathway_ids: optional(array(string())),
    view_order: optional(number()),
  }))),
}))()

/** Schema of {@link QueryJobLevelRecentChangeOutput}, for opt-in response validation. */
export const QueryJobLevelRecentChangeOutputSchema: GenericSchema<QueryJobLevelRecentChangeOutput> = /*#__PURE__*/ (() => looseObject({
  job_level_ids: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  deleted_job_level_ids: optional(array(string())),
}))()

/** Schema of {@link ActiveLocationOutput}, for opt-in response validation. */
export const ActiveLocationOutputSchema: GenericSchema<ActiveLocationOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link BatchGetLocationOutput}, for opt-in response validation. */
export const BatchGetLocationOutputSchema: GenericSchema<BatchGetLocationOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(LocationBatchGetItemSchema())),
}))()

/** Schema of {@link PatchLocationOutput}, for opt-in response validation. */
export const PatchLocationOutputSchema: GenericSchema<PatchLocationOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link QueryLocationMultiTimelineOutput}, for opt-in response validation. */
export const QueryLocationMultiTimelineOutputSchema: GenericSchema<QueryLocationMultiTimelineOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(LocationQueryMultiTimelineItemSchema())),
}))()

/** Schema of {@link QueryLocationRecentChangeOutput}, for opt-in response validation. */
export const QueryLocationRecentChangeOutputSchema: GenericSchema<QueryLocationRecentChangeOutput> = /*#__PURE__*/ (() => looseObject({
  location_ids: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  deleted_location_ids: optional(array(string())),
}))()

/** Schema of {@link CreateLocationAddressOutput}, for opt-in response validation. */
export const CreateLocationAddressOutputSchema: GenericSchema<CreateLocationAddressOutput> = /*#__PURE__*/ (() => looseObject({
  address_id: optional(string()),
}))()

/** Schema of {@link DeleteLocationAddressOutput}, for opt-in response validation. */
export const DeleteLocationAddressOutputSchema: GenericSchema<DeleteLocationAddressOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchLocationAddressOutput}, for opt-in response validation. */
export const PatchLocationAddressOutputSchema: GenericSchema<PatchLocationAddressOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link EditOffboardingOutput}, for opt-in response validation. */
export const EditOffboardingOutputSchema: GenericSchema<EditOffboardingOutput> = /*#__PURE__*/ (() => looseObject({
  data: array(ItemCustomFieldSchema()),
}))()

/** Schema of {@link RevokeOffboardingOutput}, for opt-in response validation. */
export const RevokeOffboardingOutputSchema: GenericSchema<RevokeOffboardingOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SubmitOffboardingV2Output}, for opt-in response validation. */
export const SubmitOffboardingV2OutputSchema: GenericSchema<SubmitOffboardingV2Output> = /*#__PURE__*/ (() => looseObject({
  offboarding_id: optional(string()),
  employment_id: optional(string()),
  offboarding_reason_unique_identifier: optional(string()),
  offboarding_date: optional(string()),
  offboarding_reason_explanation: optional(string()),
  add_block_list: optional(boolean()),
  block_reason: optional(string()),
  block_reason_explanation: optional(string()),
  created_time: optional(string()),
  retain_account: optional(boolean()),
  is_transfer_with_workforce: optional(boolean()),
}))()

/** Schema of {@link ActivePathwayOutput}, for opt-in response validation. */
export const ActivePathwayOutputSchema: GenericSchema<ActivePathwayOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link BatchGetPathwayOutput}, for opt-in response validation. */
export const BatchGetPathwayOutputSchema: GenericSchema<BatchGetPathwayOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    pathway_id: optional(string()),
    code: optional(string()),
    names: optional(array(NameSchema())),
    descriptions: optional(array(NameSchema())),
    active: optional(boolean()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreatePathwayOutput}, for opt-in response validation. */
export const CreatePathwayOutputSchema: GenericSchema<CreatePathwayOutput> = /*#__PURE__*/ (() => looseObject({
  pathway_id: optional(string()),
}))()

/** Schema of {@link DeletePathwayOutput}, for opt-in response validation. */
export const DeletePathwayOutputSchema: GenericSchema<DeletePathwayOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link PatchPathwayOutput}, for opt-in response validation. */
export const PatchPathwayOutputSchema: GenericSchema<PatchPathwayOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreatePersonOutput}, for opt-in response validation. */
export const CreatePersonOutputSchema: GenericSchema<CreatePersonOutput> = /*#__PURE__*/ (() => looseObject({
  person: optional(PersonSchema()),
}))()

/** Schema of {@link PatchPersonOutput}, for opt-in response validation. */
export const PatchPersonOutputSchema: GenericSchema<PatchPersonOutput> = /*#__PURE__*/ (() => looseObject({
  person: optional(PatchPersonSchema()),
}))()

/** Schema of {@link ActivePositionOutput}, for opt-in response validation. */
export const ActivePositionOutputSchema: GenericSchema<ActivePositionOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreatePositionOutput}, for opt-in response validation. */
export const CreatePositionOutputSchema: GenericSchema<CreatePositionOutput> = /*#__PURE__*/ (() => looseObject({
  position_id: optional(string()),
}))()

/** Schema of {@link DelPositionPositionOutput}, for opt-in response validation. */
export const DelPositionPositionOutputSchema: GenericSchema<DelPositionPositionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchPositionOutput}, for opt-in response validation. */
export const PatchPositionOutputSchema: GenericSchema<PatchPositionOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link QueryPositionOutput}, for opt-in response validation. */
export const QueryPositionOutputSchema: GenericSchema<QueryPositionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    position_id: optional(string()),
    code: optional(string()),
    names: optional(array(NameSchema())),
    descriptions: optional(array(NameSchema())),
    active: boolean(),
    job_family_id_list: optional(array(string())),
    cost_center_id: optional(string()),
    job_id: optional(string()),
    job_level_id_list: optional(array(string())),
    employee_type_id_list: optional(array(string())),
    job_grade_id_list: optional(array(string())),
    work_location_id_list: optional(array(string())),
    working_hours_type_id: optional(string()),
    department_id: string(),
    direct_leader_id: optional(string()),
    dotted_line_leader_id: optional(string()),
    is_key_position: optional(boolean()),
    effective_time: string(),
    expiration_time: string(),
    custom_fields: optional(array(CustomFieldSchema())),
    created_by: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link QueryPositionRecentChangeOutput}, for opt-in response validation. */
export const QueryPositionRecentChangeOutputSchema: GenericSchema<QueryPositionRecentChangeOutput> = /*#__PURE__*/ (() => looseObject({
  position_ids: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  deleted_position_ids: optional(array(string())),
}))()

/** Schema of {@link CompletePreHireOutput}, for opt-in response validation. */
export const CompletePreHireOutputSchema: GenericSchema<CompletePreHireOutput> = /*#__PURE__*/ (() => looseObject({
  success: optional(boolean()),
}))()

/** Schema of {@link CreatePreHireOutput}, for opt-in response validation. */
export const CreatePreHireOutputSchema: GenericSchema<CreatePreHireOutput> = /*#__PURE__*/ (() => looseObject({
  pre_hire_id: optional(string()),
}))()

/** Schema of {@link DeletePreHireOutput}, for opt-in response validation. */
export const DeletePreHireOutputSchema: GenericSchema<DeletePreHireOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link PatchPreHireOutput}, for opt-in response validation. */
export const PatchPreHireOutputSchema: GenericSchema<PatchPreHireOutput> = /*#__PURE__*/ (() => looseObject({
  pre_hire_id: optional(string()),
}))()

/** Schema of {@link QueryPreHireOutput}, for opt-in response validation. */
export const QueryPreHireOutputSchema: GenericSchema<QueryPreHireOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(QueryItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link RestorePreHireFlowInstanceOutput}, for opt-in response validation. */
export const RestorePreHireFlowInstanceOutputSchema: GenericSchema<RestorePreHireFlowInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  success: optional(boolean()),
}))()

/** Schema of {@link SearchPreHireOutput}, for opt-in response validation. */
export const SearchPreHireOutputSchema: GenericSchema<SearchPreHireOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(PreHireSearchItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link TransformPreHireOnboardingTaskOutput}, for opt-in response validation. */
export const TransformPreHireOnboardingTaskOutputSchema: GenericSchema<TransformPreHireOnboardingTaskOutput> = /*#__PURE__*/ (() => looseObject({
  success: optional(boolean()),
}))()

/** Schema of {@link TransitPreHireTaskOutput}, for opt-in response validation. */
export const TransitPreHireTaskOutputSchema: GenericSchema<TransitPreHireTaskOutput> = /*#__PURE__*/ (() => looseObject({
  success: optional(boolean()),
}))()

/** Schema of {@link WithdrawPreHireOnboardingOutput}, for opt-in response validation. */
export const WithdrawPreHireOnboardingOutputSchema: GenericSchema<WithdrawPreHireOnboardingOutput> = /*#__PURE__*/ (() => looseObject({
  success: optional(boolean()),
}))()

/** Schema of {@link EditProbationOutput}, for opt-in response validation. */
export const EditProbationOutputSchema: GenericSchema<EditProbationOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link EnableProbationDisableAssessmentOutput}, for opt-in response validation. */
export const EnableProbationDisableAssessmentOutputSchema: GenericSchema<EnableProbationDisableAssessmentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SearchProbationOutput}, for opt-in response validation. */
export const SearchProbationOutputSchema: GenericSchema<SearchProbationOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(SearchItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SubmitProbationOutput}, for opt-in response validation. */
export const SubmitProbationOutputSchema: GenericSchema<SubmitProbationOutput> = /*#__PURE__*/ (() => looseObject({
  probation_info: optional(looseObject({
    employment_id: optional(string()),
    probation_id: optional(string()),
    probation_start_date: optional(string()),
    probation_expected_end_date: optional(string()),
    actual_probation_end_date: optional(string()),
    initiating_time: optional(string()),
    submission_type: optional(CompensationTypeSchema()),
    initiator_id: optional(string()),
    probation_status: optional(CompensationTypeSchema()),
    self_review: optional(string()),
    notes: optional(string()),
    process_id: optional(string()),
    converted_via_bpm: optional(boolean()),
    custom_fields: optional(array(CustomFieldSchema())),
    final_assessment_status: optional(CompensationTypeSchema()),
    final_assessment_result: optional(CompensationTypeSchema()),
    final_assessment_score: optional(number()),
    final_assessment_grade: optional(CompensationTypeSchema()),
    final_assessment_comment: optional(string()),
    final_assessment_detail: optional(string()),
  })),
}))()

/** Schema of {@link WithdrawProbationOutput}, for opt-in response validation. */
export const WithdrawProbationOutputSchema: GenericSchema<WithdrawProbationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateProbationAssessmentOutput}, for opt-in response validation. */
export const CreateProbationAssessmentOutputSchema: GenericSchema<CreateProbationAssessmentOutput> = /*#__PURE__*/ (() => looseObject({
  assessment_ids: optional(array(string())),
}))()

/** Schema of {@link DeleteProbationAssessmentOutput}, for opt-in response validation. */
export const DeleteProbationAssessmentOutputSchema: GenericSchema<DeleteProbationAssessmentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchProbationAssessmentOutput}, for opt-in response validation. */
export const PatchProbationAssessmentOutputSchema: GenericSchema<PatchProbationAssessmentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link FlowProcessVariableDataOutput}, for opt-in response validation. */
export const FlowProcessVariableDataOutputSchema: GenericSchema<FlowProcessVariableDataOutput> = /*#__PURE__*/ (() => looseObject({
  field_variable_values: optional(array(FieldVariableValueSchema())),
  process_id: optional(string()),
}))()

/** Schema of {@link GetProcessOutput}, for opt-in response validation. */
export const GetProcessOutputSchema: GenericSchema<GetProcessOutput> = /*#__PURE__*/ (() => looseObject({
  process_id: optional(string()),
  status: optional(number()),
  flow_template_id: optional(string()),
  flow_template_name: optional(NodeNameSchema()),
  flow_definition_id: optional(string()),
  flow_definition_name: optional(NodeNameSchema()),
  initiator_id: optional(string()),
  initiator_name: optional(NodeNameSchema()),
  create_time: optional(string()),
  complete_time: optional(string()),
  start_links: optional(LinksSchema()),
  abstracts: optional(array(looseObject({ name: optional(NodeNameSchema()), value: optional(NodeNameSchema()) }))),
  todos: optional(array(looseObject({
    approver_id: optional(string()),
    type: optional(number()),
    links: optional(LinksSchema()),
    operator_id: optional(string()),
    operator_name: optional(NodeNameSchema()),
    node_name: optional(NodeNameSchema()),
    create_time: optional(string()),
    node_definition_id: optional(string()),
  }))),
  cc_list: optional(array(looseObject({
    approver_id: optional(string()),
    links: optional(LinksSchema()),
    operator_id: optional(string()),
    operator_name: optional(NodeNameSchema()),
    node_name: optional(NodeNameSchema()),
    create_time: optional(string()),
    node_definition_id: optional(string()),
  }))),
  done_list: optional(array(looseObject({
    approver_id: optional(string()),
    type: optional(number()),
    status: optional(number()),
    links: optional(LinksSchema()),
    operator_id: optional(string()),
    operator_name: optional(NodeNameSchema()),
    node_name: optional(NodeNameSchema()),
    create_time: optional(string()),
    complete_time: optional(string()),
    node_definition_id: optional(string()),
    approval_opinion: optional(string()),
  }))),
  properties: optional(number()),
  system_todos: optional(array(looseObject({
    approver_id: optional(string()),
    type: optional(number()),
    links: optional(LinksSchema()),
    operator_name: optional(NodeNameSchema()),
    node_name: optional(NodeNameSchema()),
    create_time: optional(string()),
    node_definition_id: optional(string()),
  }))),
  system_done_list: optional(array(looseObject({
    approver_id: optional(string()),
    type: optional(number()),
    status: optional(number()),
    links: optional(LinksSchema()),
    operator_name: optional(NodeNameSchema()),
    node_name: optional(NodeNameSchema()),
    create_time: optional(string()),
    complete_time: optional(string()),
    node_definition_id: optional(string()),
    approval_opinion: optional(string()),
  }))),
  comment_infos: optional(array(looseObject({
    commentor_id: optional(string()),
    commentor_name: optional(NodeNameSchema()),
    comment_time: optional(string()),
    comment_msg: optional(string()),
    at_user_ids: optional(array(string())),
    file_count: optional(number()),
    image_count: optional(number()),
    comment_id: optional(string()),
  }))),
  original_process_id: optional(string()),
  is_last_completed_correct_process: optional(boolean()),
  process_name: optional(NodeNameSchema()),
}))()

/** Schema of {@link ListProcessOutput}, for opt-in response validation. */
export const ListProcessOutputSchema: GenericSchema<ListProcessOutput> = /*#__PURE__*/ (() => looseObject({
  process_ids: optional(array(string())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link UpdateProcessApproverOutput}, for opt-in response validation. */
export const UpdateProcessApproverOutputSchema: GenericSchema<UpdateProcessApproverOutput> = /*#__PURE__*/ (() => looseObject({
  code: number(),
  msg: optional(string()),
}))()

/** Schema of {@link UpdateProcessExtraOutput}, for opt-in response validation. */
export const UpdateProcessExtraOutputSchema: GenericSchema<UpdateProcessExtraOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetProcessFormVariableDataOutput}, for opt-in response validation. */
export const GetProcessFormVariableDataOutputSchema: GenericSchema<GetProcessFormVariableDataOutput> = /*#__PURE__*/ (() => looseObject({
  field_variable_values: optional(array(FieldVariableValueSchema())),
  process_id: optional(string()),
}))()

/** Schema of {@link CreateProcessQueryFlowDataTemplateOutput}, for opt-in response validation. */
export const CreateProcessQueryFlowDataTemplateOutputSchema: GenericSchema<CreateProcessQueryFlowDataTemplateOutput> = /*#__PURE__*/ (() => looseObject({
  field_values: array(FieldValueSchema()),
  error_info: optional(string()),
}))()

/** Schema of {@link UpdateProcessTransferOutput}, for opt-in response validation. */
export const UpdateProcessTransferOutputSchema: GenericSchema<UpdateProcessTransferOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateProcessRevokeOutput}, for opt-in response validation. */
export const UpdateProcessRevokeOutputSchema: GenericSchema<UpdateProcessRevokeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateProcessStartOutput}, for opt-in response validation. */
export const CreateProcessStartOutputSchema: GenericSchema<CreateProcessStartOutput> = /*#__PURE__*/ (() => looseObject({
  process_id: optional(string()),
}))()

/** Schema of {@link UpdateProcessWithdrawOutput}, for opt-in response validation. */
export const UpdateProcessWithdrawOutputSchema: GenericSchema<UpdateProcessWithdrawOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchDeleteReportDetailRowOutput}, for opt-in response validation. */
export const BatchDeleteReportDetailRowOutputSchema: GenericSchema<BatchDeleteReportDetailRowOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchSaveReportDetailRowOutput}, for opt-in response validation. */
export const BatchSaveReportDetailRowOutputSchema: GenericSchema<BatchSaveReportDetailRowOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListSignatureFileOutput}, for opt-in response validation. */
export const ListSignatureFileOutputSchema: GenericSchema<ListSignatureFileOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ListByBizIdSignatureFileSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListSignatureFileByBizIdOutput}, for opt-in response validation. */
export const ListSignatureFileByBizIdOutputSchema: GenericSchema<ListSignatureFileByBizIdOutput> = /*#__PURE__*/ (() => looseObject({
  signature_files: optional(array(ListByBizIdSignatureFileSchema())),
  batch_sign_url: optional(string()),
}))()

/** Schema of {@link QuerySignatureFileOutput}, for opt-in response validation. */
export const QuerySignatureFileOutputSchema: GenericSchema<QuerySignatureFileOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ListByBizIdSignatureFileSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link TerminateSignatureFileOutput}, for opt-in response validation. */
export const TerminateSignatureFileOutputSchema: GenericSchema<TerminateSignatureFileOutput> = /*#__PURE__*/ (() => looseObject({
  total_count: optional(number()),
  success_count: optional(number()),
  fail_count: optional(number()),
  success_file_id_list: optional(array(string())),
  fail_file_id_and_reasons: optional(array(looseObject({ signature_file_id: string(), fail_reason: string() }))),
}))()

/** Schema of {@link ListSignatureNodeByFileIdOutput}, for opt-in response validation. */
export const ListSignatureNodeByFileIdOutputSchema: GenericSchema<ListSignatureNodeByFileIdOutput> = /*#__PURE__*/ (() => looseObject({
  signature_nodes: optional(array(looseObject({
    user_infos: optional(array(looseObject({ id: string() }))),
    state: string(),
    finish_time: optional(string()),
    updated_time: optional(string()),
    is_ongoing: boolean(),
    role_label: looseObject({ zh: optional(string()), en: optional(string()) }),
    sign_role: optional(string()),
  }))),
}))()

/** Schema of {@link SearchSignatureTemplateOutput}, for opt-in response validation. */
export const SearchSignatureTemplateOutputSchema: GenericSchema<SearchSignatureTemplateOutput> = /*#__PURE__*/ (() => looseObject({
  signature_templates: optional(array(SignatureTemplateSchema())),
}))()

/** Schema of {@link ListSignatureTemplateInfoWithThumbnailOutput}, for opt-in response validation. */
export const ListSignatureTemplateInfoWithThumbnailOutputSchema: GenericSchema<ListSignatureTemplateInfoWithThumbnailOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    label: optional(array(NameSchema())),
    category: optional(CompensationTypeSchema()),
    usage: optional(CompensationTypeSchema()),
    create_time: optional(string()),
    modify_time: optional(string()),
    created_by: optional(looseObject({ id: string() })),
    updated_by: optional(looseObject({ id: string() })),
    thumbnail_url: optional(string()),
    signatory_labels: optional(array(SignatoryLabelSchema())),
    template_code: optional(string()),
    template_desc: optional(string()),
    template_region_info: optional(TemplateRegionInfoSchema()),
  }))),
  page_token: optional(number()),
  count: optional(number()),
}))()

/** Schema of {@link ListWorkforcePlanOutput}, for opt-in response validation. */
export const ListWorkforcePlanOutputSchema: GenericSchema<ListWorkforcePlanOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    workforce_plan_id: string(),
    workforce_plan_name: optional(array(NameSchema())),
    start_date: optional(string()),
    end_date: optional(string()),
    active: optional(boolean()),
    dimension_lists: optional(array(looseObject({ key: optional(string()), name: optional(array(NameSchema())) }))),
  }))),
  total: optional(number()),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link BatchWorkforcePlanDetailOutput}, for opt-in response validation. */
export const BatchWorkforcePlanDetailOutputSchema: GenericSchema<BatchWorkforcePlanDetailOutput> = /*#__PURE__*/ (() => looseObject({
  workforce_plan_id: optional(string()),
  centralized_reporting_project_id: optional(string()),
  items: optional(array(looseObject({
    workforce_plan_detail_id: optional(string()),
    department: optional(CostCenterSchema()),
    employee_type: optional(CostCenterSchema()),
    work_location: optional(CostCenterSchema()),
    job_family: optional(CostCenterSchema()),
    job_level: optional(CostCenterSchema()),
    job: optional(CostCenterSchema()),
    cost_center: optional(CostCenterSchema()),
    workforce_plan: optional(string()),
    active_individuals: optional(string()),
    individuals_to_be_added: optional(string()),
    individuals_to_be_removed: optional(string()),
    vacancy: optional(string()),
    vacancy_including_individuals_to_be_added_and_removed: optional(string()),
    fulfillment_rate: optional(string()),
    fulfillment_rate_including_individuals_to_be_added_and_removed: optional(string()),
    estimated_active_individuals_detail: optional(array(EstimatedActiveIndividualsDetailSchema())),
    is_missing_dimension: optional(boolean()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link BatchV2WorkforcePlanDetailOutput}, for opt-in response validation. */
export const BatchV2WorkforcePlanDetailOutputSchema: GenericSchema<BatchV2WorkforcePlanDetailOutput> = /*#__PURE__*/ (() => looseObject({
  workforce_plan_id: optional(string()),
  centralized_reporting_project_id: optional(string()),
  items: optional(array(looseObject({
    workforce_plan_detail_id: optional(string()),
    dimension_info_datas: optional(array(looseObject({
      dimension_key: optional(string()),
      dimension_info: optional(CostCenterSchema()),
    }))),
    workforce_plan: optional(string()),
    active_individuals: optional(string()),
    individuals_to_be_added: optional(string()),
    individuals_to_be_removed: optional(string()),
    vacancy: optional(string()),
    vacancy_including_individuals_to_be_added_and_removed: optional(string()),
    fulfillment_rate: optional(string()),
    fulfillment_rate_including_individuals_to_be_added_and_removed: optional(string()),
    estimated_active_individuals_details: optional(array(EstimatedActiveIndividualsDetailSchema())),
    multi_period_values: optional(array(MultiPeriodValueSchema())),
    is_missing_dimension: optional(boolean()),
    is_all_zero_value: optional(boolean()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link BatchDeleteWorkforcePlanDetailRowOutput}, for opt-in response validation. */
export const BatchDeleteWorkforcePlanDetailRowOutputSchema: GenericSchema<BatchDeleteWorkforcePlanDetailRowOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchSaveWorkforcePlanDetailRowOutput}, for opt-in response validation. */
export const BatchSaveWorkforcePlanDetailRowOutputSchema: GenericSchema<BatchSaveWorkforcePlanDetailRowOutput> = /*#__PURE__*/ (() => looseObject({
}))()
