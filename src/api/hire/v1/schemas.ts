// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  AccountSchema,
  AgencySchema,
  ApplicationDetailEvaluationSchema,
  ApplicationDetailSchema,
  ApplicationInterviewListItemSchema,
  ApplicationSchema,
  AssessmentDimensionSchema,
  BasicInfoSchema,
  BatchQueryItemSchema,
  CityNameInfoSchema,
  CitySchema,
  ConfirmedBonusSchema,
  CreateJobRequirementSchema,
  CreatorSchema,
  CustomizedInfoSchema,
  DeliverySchema,
  EmployeeSchema,
  EvaluationSchema,
  ExternalApplicationSchema,
  ExternalBackgroundCheckSchema,
  ExternalInfoSchema,
  ExternalInterviewAssessmentSchema,
  ExternalInterviewSchema,
  ExternalOfferSchema,
  GetByTalentItemSchema,
  GetJobPostSchema,
  GetOfferSchema,
  InterviewFeedbackFormListItemSchema,
  InterviewRecordSchema,
  InterviewSchema,
  InterviewerSchema,
  ItemJobTypeSchema,
  ItemObjectSchema,
  ItemSchema,
  JobConfigSchema,
  JobDetailSchema,
  JobInfoSchema,
  JobListItemSchema,
  JobManagerSchema,
  JobPostSchema,
  JobSchema,
  ListItemSchema,
  NameSchema,
  NoteSchema,
  ObjectSchema,
  OffboardingInfoSchema,
  OfferApplyFormSchema,
  OfferSchema,
  OnboardedProtectionSchema,
  PaidBonusSchema,
  PortalApplySchemaListItemSchema,
  PortalWebsiteApplyFormSchemaInfoSchema,
  ReferralWebsiteJobPostListItemSchema,
  ReferrerSchema,
  RoleSchema,
  SalaryInfoSchema,
  StageSchema,
  TalentListItemSchema,
  TalentSchema,
  TargetMajorSchema,
  TimeRangeSchema,
} from './models.ts'
import type { PublishAdvertisementOutput } from './advertisement.ts'
import type {
  BatchQueryAgencyOutput,
  GetAgencyAgencyAccountOutput,
  GetAgencyOutput,
  OperateAgencyAgencyAccountOutput,
  ProtectAgencyOutput,
  ProtectAgencySearchOutput,
  QueryAgencyOutput,
} from './agency.ts'
import type {
  CancelApplicationOnboardOutput,
  CreateApplicationOutput,
  GetApplicationDetailOutput,
  GetApplicationOutput,
  ListApplicationOutput,
  OfferApplicationOutput,
  RecoverApplicationOutput,
  TerminateApplicationOutput,
  TransferApplicationOnboardOutput,
  TransferApplicationStageOutput,
} from './application.ts'
import type { ListApplicationInterviewOutput } from './application.interview.ts'
import type { CreateAttachmentOutput, GetAttachmentOutput, PreviewAttachmentOutput } from './attachment.ts'
import type { BatchQueryBackgroundCheckOrderOutput, ListBackgroundCheckOrderOutput } from './background_check_order.ts'
import type { SearchDiversityInclusionOutput } from './diversity_inclusion.ts'
import type {
  BatchDeleteEcoAccountCustomFieldOutput,
  BatchUpdateEcoAccountCustomFieldOutput,
  CreateEcoAccountCustomFieldOutput,
} from './eco_account_custom_field.ts'
import type {
  CancelEcoBackgroundCheckOutput,
  UpdateEcoBackgroundCheckProgressOutput,
  UpdateEcoBackgroundCheckResultOutput,
} from './eco_background_check.ts'
import type {
  BatchDeleteEcoBackgroundCheckCustomFieldOutput,
  BatchUpdateEcoBackgroundCheckCustomFieldOutput,
  CreateEcoBackgroundCheckCustomFieldOutput,
} from './eco_background_check_custom_field.ts'
import type {
  BatchDeleteEcoBackgroundCheckPackageOutput,
  BatchUpdateEcoBackgroundCheckPackageOutput,
  CreateEcoBackgroundCheckPackageOutput,
} from './eco_background_check_package.ts'
import type { LoginEcoExamInfoOutput, UpdateEcoExamResultOutput } from './eco_exam.ts'
import type {
  BatchDeleteEcoExamPaperOutput,
  BatchUpdateEcoExamPaperOutput,
  CreateEcoExamPaperOutput,
} from './eco_exam_paper.ts'
import type { PatchEhrImportTaskOutput } from './ehr_import_task.ts'
import type { GetEmployeeByApplicationOutput, GetEmployeeOutput, PatchEmployeeOutput } from './employee.ts'
import type { ListEvaluationOutput } from './evaluation.ts'
import type { ListEvaluationTaskOutput } from './evaluation_task.ts'
import type { CreateExamOutput } from './exam.ts'
import type { ListExamMarkingTaskOutput } from './exam_marking_task.ts'
import type {
  CreateExternalApplicationOutput,
  DeleteExternalApplicationOutput,
  ListExternalApplicationOutput,
  UpdateExternalApplicationOutput,
} from './external_application.ts'
import type {
  BatchQueryExternalBackgroundCheckOutput,
  CreateExternalBackgroundCheckOutput,
  DeleteExternalBackgroundCheckOutput,
  UpdateExternalBackgroundCheckOutput,
} from './external_background_check.ts'
import type {
  BatchQueryExternalInterviewOutput,
  CreateExternalInterviewOutput,
  DeleteExternalInterviewOutput,
  UpdateExternalInterviewOutput,
} from './external_interview.ts'
import type {
  CreateExternalInterviewAssessmentOutput,
  PatchExternalInterviewAssessmentOutput,
} from './external_interview_assessment.ts'
import type {
  BatchQueryExternalOfferOutput,
  CreateExternalOfferOutput,
  DeleteExternalOfferOutput,
  UpdateExternalOfferOutput,
} from './external_offer.ts'
import type {
  CreateExternalReferralRewardOutput,
  DeleteExternalReferralRewardOutput,
} from './external_referral_reward.ts'
import type { GetInterviewByTalentOutput, ListInterviewOutput } from './interview.ts'
import type { ListInterviewFeedbackFormOutput } from './interview_feedback_form.ts'
import type { GetInterviewRecordOutput, ListInterviewRecordOutput } from './interview_record.ts'
import type { GetInterviewRecordAttachmentOutput } from './interview_record.attachment.ts'
import type { ListInterviewRegistrationSchemaOutput } from './interview_registration_schema.ts'
import type { ListInterviewRoundTypeOutput } from './interview_round_type.ts'
import type { ListInterviewTaskOutput } from './interview_task.ts'
import type { ListInterviewerOutput, PatchInterviewerOutput } from './interviewer.ts'
import type {
  CloseJobOutput,
  CombinedJobCreateOutput,
  CombinedJobUpdateOutput,
  ConfigJobOutput,
  GetJobDetailOutput,
  GetJobOutput,
  ListJobOutput,
  OpenJobOutput,
  RecruiterJobOutput,
  UpdateJobConfigOutput,
} from './job.ts'
import type { BatchUpdateJobManagerOutput, GetJobManagerOutput } from './job.manager.ts'
import type { ListJobFunctionOutput } from './job_function.ts'
import type { ListJobProcessOutput } from './job_process.ts'
import type { SearchJobPublishRecordOutput } from './job_publish_record.ts'
import type {
  CreateJobRequirementOutput,
  DeleteJobRequirementOutput,
  ListJobRequirementByIdOutput,
  ListJobRequirementOutput,
  UpdateJobRequirementOutput,
} from './job_requirement.ts'
import type { ListJobRequirementSchemaOutput } from './job_requirement_schema.ts'
import type { ListJobSchemaOutput } from './job_schema.ts'
import type { ListJobTypeOutput } from './job_type.ts'
import type { ListLocationOutput, QueryLocationOutput } from './location.ts'
import type { GetMinutesOutput } from './minutes.ts'
import type { CreateNoteOutput, DeleteNoteOutput, GetNoteOutput, ListNoteOutput, PatchNoteOutput } from './note.ts'
import type {
  CreateOfferOutput,
  GetOfferOutput,
  InternOfferOfferStatusOutput,
  ListOfferOutput,
  OfferOfferStatusOutput,
  UpdateOfferOutput,
} from './offer.ts'
import type { GetOfferApplicationFormOutput, ListOfferApplicationFormOutput } from './offer_application_form.ts'
import type { ListOfferApprovalTemplateOutput } from './offer_approval_template.ts'
import type { UpdateOfferCustomFieldOutput } from './offer_custom_field.ts'
import type { GetOfferSchemaOutput } from './offer_schema.ts'
import type { ListPortalApplySchemaOutput } from './portal_apply_schema.ts'
import type { ListQuestionnaireOutput } from './questionnaire.ts'
import type { GetReferralByApplicationOutput, SearchReferralOutput } from './referral.ts'
import type {
  CreateReferralAccountOutput,
  DeactivateReferralAccountOutput,
  EnableReferralAccountOutput,
  GetReferralAccountAccountAssetsOutput,
  ReconciliationReferralAccountOutput,
  WithdrawReferralAccountOutput,
} from './referral_account.ts'
import type { GetReferralWebsiteJobPostOutput, ListReferralWebsiteJobPostOutput } from './referral_website.job_post.ts'
import type { ListRegistrationSchemaOutput } from './registration_schema.ts'
import type { ListResumeSourceOutput } from './resume_source.ts'
import type { GetRoleOutput, ListRoleOutput } from './role.ts'
import type { ListSubjectOutput } from './subject.ts'
import type {
  AddTalentToFolderOutput,
  BatchGetTalentIdOutput,
  CombinedTalentCreateOutput,
  CombinedTalentUpdateOutput,
  GetTalentOutput,
  ListTalentOutput,
  OnboardTalentStatusOutput,
  RemoveTalentToFolderOutput,
  TagTalentOutput,
} from './talent.ts'
import type { CreateTalentExternalInfoOutput, UpdateTalentExternalInfoOutput } from './talent.external_info.ts'
import type { ChangeTalentBlocklistTalentBlockOutput } from './talent_blocklist.ts'
import type { ListTalentFolderOutput } from './talent_folder.ts'
import type { QueryTalentObjectOutput } from './talent_object.ts'
import type { SearchTalentOperationLogOutput } from './talent_operation_log.ts'
import type {
  BatchChangeTalentPoolTalentPoolOutput,
  MoveTalentPoolTalentOutput,
  SearchTalentPoolOutput,
} from './talent_pool.ts'
import type { ListTalentTagOutput } from './talent_tag.ts'
import type { ListTerminationReasonOutput } from './termination_reason.ts'
import type { SearchTestOutput } from './test.ts'
import type { ListTodoOutput } from './todo.ts'
import type {
  CreateTripartiteAgreementOutput,
  DeleteTripartiteAgreementOutput,
  ListTripartiteAgreementOutput,
  UpdateTripartiteAgreementOutput,
} from './tripartite_agreement.ts'
import type { ListUserRoleOutput } from './user_role.ts'
import type { ListWebsiteOutput } from './website.ts'
import type {
  CreateWebsiteChannelOutput,
  DeleteWebsiteChannelOutput,
  ListWebsiteChannelOutput,
  UpdateWebsiteChannelOutput,
} from './website.channel.ts'
import type {
  CreateWebsiteDeliveryByAttachmentOutput,
  CreateWebsiteDeliveryByResumeOutput,
} from './website.delivery.ts'
import type { GetWebsiteDeliveryTaskOutput } from './website.delivery_task.ts'
import type {
  GetWebsiteJobPostOutput,
  ListWebsiteJobPostOutput,
  SearchWebsiteJobPostOutput,
} from './website.job_post.ts'
import type { CreateWebsiteSiteUserOutput } from './website.site_user.ts'

/** Schema of {@link PublishAdvertisementOutput}, for opt-in response validation. */
export const PublishAdvertisementOutputSchema: GenericSchema<PublishAdvertisementOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchQueryAgencyOutput}, for opt-in response validation. */
export const BatchQueryAgencyOutputSchema: GenericSchema<BatchQueryAgencyOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(string()),
    label_list: optional(array(CreatorSchema())),
    admin_list: optional(array(looseObject({
      user_id: optional(string()),
      name: optional(NameSchema()),
      email: optional(string()),
    }))),
    agency_protect_time: optional(looseObject({ day: optional(number()), use_default: optional(boolean()) })),
    cooperation_create_time: optional(string()),
    cooperation_start_time: optional(string()),
    cooperation_end_time: optional(string()),
    cooperation_status: optional(number()),
    invite_email: optional(string()),
    supplier_area: optional(number()),
    talent_protect_time: optional(looseObject({
      day: optional(number()),
      use_default: optional(boolean()),
      forever: optional(boolean()),
    })),
  }))),
}))()

/** Schema of {@link GetAgencyOutput}, for opt-in response validation. */
export const GetAgencyOutputSchema: GenericSchema<GetAgencyOutput> = /*#__PURE__*/ (() => looseObject({
  agency: optional(AgencySchema()),
}))()

/** Schema of {@link GetAgencyAgencyAccountOutput}, for opt-in response validation. */
export const GetAgencyAgencyAccountOutputSchema: GenericSchema<GetAgencyAgencyAccountOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    id: optional(string()),
    reason: optional(string()),
    create_time: optional(string()),
    status: optional(number()),
    user_info: optional(looseObject({
      user_id: optional(string()),
      name: optional(NameSchema()),
      email: optional(string()),
      mobile: optional(string()),
    })),
    role: optional(number()),
  }))),
}))()

/** Schema of {@link OperateAgencyAgencyAccountOutput}, for opt-in response validation. */
export const OperateAgencyAgencyAccountOutputSchema: GenericSchema<OperateAgencyAgencyAccountOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ProtectAgencyOutput}, for opt-in response validation. */
export const ProtectAgencyOutputSchema: GenericSchema<ProtectAgencyOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ProtectAgencySearchOutput}, for opt-in response validation. */
export const ProtectAgencySearchOutputSchema: GenericSchema<ProtectAgencySearchOutput> = /*#__PURE__*/ (() => looseObject({
  is_onboarded: optional(boolean()),
  onboarded_in_protection: optional(boolean()),
  onboarded_protection: optional(OnboardedProtectionSchema()),
  protection_list: optional(array(OnboardedProtectionSchema())),
}))()

/** Schema of {@link QueryAgencyOutput}, for opt-in response validation. */
export const QueryAgencyOutputSchema: GenericSchema<QueryAgencyOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(AgencySchema())),
}))()

/** Schema of {@link CancelApplicationOnboardOutput}, for opt-in response validation. */
export const CancelApplicationOnboardOutputSchema: GenericSchema<CancelApplicationOnboardOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateApplicationOutput}, for opt-in response validation. */
export const CreateApplicationOutputSchema: GenericSchema<CreateApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
}))()

/** Schema of {@link GetApplicationOutput}, for opt-in response validation. */
export const GetApplicationOutputSchema: GenericSchema<GetApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  application: optional(ApplicationSchema()),
}))()

/** Schema of {@link GetApplicationDetailOutput}, for opt-in response validation. */
export const GetApplicationDetailOutputSchema: GenericSchema<GetApplicationDetailOutput> = /*#__PURE__*/ (() => looseObject({
  application_detail: optional(ApplicationDetailSchema()),
}))()

/** Schema of {@link ListApplicationOutput}, for opt-in response validation. */
export const ListApplicationOutputSchema: GenericSchema<ListApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link OfferApplicationOutput}, for opt-in response validation. */
export const OfferApplicationOutputSchema: GenericSchema<OfferApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  offer: optional(OfferSchema()),
}))()

/** Schema of {@link RecoverApplicationOutput}, for opt-in response validation. */
export const RecoverApplicationOutputSchema: GenericSchema<RecoverApplicationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link TerminateApplicationOutput}, for opt-in response validation. */
export const TerminateApplicationOutputSchema: GenericSchema<TerminateApplicationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link TransferApplicationOnboardOutput}, for opt-in response validation. */
export const TransferApplicationOnboardOutputSchema: GenericSchema<TransferApplicationOnboardOutput> = /*#__PURE__*/ (() => looseObject({
  employee: optional(EmployeeSchema()),
}))()

/** Schema of {@link TransferApplicationStageOutput}, for opt-in response validation. */
export const TransferApplicationStageOutputSchema: GenericSchema<TransferApplicationStageOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListApplicationInterviewOutput}, for opt-in response validation. */
export const ListApplicationInterviewOutputSchema: GenericSchema<ListApplicationInterviewOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  has_more: optional(boolean()),
  items: optional(array(ApplicationInterviewListItemSchema())),
}))()

/** Schema of {@link CreateAttachmentOutput}, for opt-in response validation. */
export const CreateAttachmentOutputSchema: GenericSchema<CreateAttachmentOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
  name: optional(string()),
  url: optional(string()),
}))()

/** Schema of {@link GetAttachmentOutput}, for opt-in response validation. */
export const GetAttachmentOutputSchema: GenericSchema<GetAttachmentOutput> = /*#__PURE__*/ (() => looseObject({
  attachment: optional(looseObject({
    id: optional(string()),
    url: optional(string()),
    name: optional(string()),
    mime: optional(string()),
    create_time: optional(number()),
  })),
}))()

/** Schema of {@link PreviewAttachmentOutput}, for opt-in response validation. */
export const PreviewAttachmentOutputSchema: GenericSchema<PreviewAttachmentOutput> = /*#__PURE__*/ (() => looseObject({
  url: string(),
}))()

/** Schema of {@link BatchQueryBackgroundCheckOrderOutput}, for opt-in response validation. */
export const BatchQueryBackgroundCheckOrderOutputSchema: GenericSchema<BatchQueryBackgroundCheckOrderOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(BatchQueryItemSchema())),
}))()

/** Schema of {@link ListBackgroundCheckOrderOutput}, for opt-in response validation. */
export const ListBackgroundCheckOrderOutputSchema: GenericSchema<ListBackgroundCheckOrderOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(BatchQueryItemSchema())),
}))()

/** Schema of {@link SearchDiversityInclusionOutput}, for opt-in response validation. */
export const SearchDiversityInclusionOutputSchema: GenericSchema<SearchDiversityInclusionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    application_id: optional(string()),
    talent_id: optional(string()),
    source_type: optional(number()),
    create_time: optional(string()),
    update_time: optional(string()),
    di_data: optional(array(looseObject({
      value: optional(string()),
      object_attribute: optional(looseObject({
        title: optional(NameSchema()),
        description: optional(NameSchema()),
        data_type: optional(number()),
        tags: optional(array(number())),
        is_fcf_data: optional(boolean()),
        is_di_data: optional(boolean()),
      })),
    }))),
  }))),
}))()

/** Schema of {@link BatchDeleteEcoAccountCustomFieldOutput}, for opt-in response validation. */
export const BatchDeleteEcoAccountCustomFieldOutputSchema: GenericSchema<BatchDeleteEcoAccountCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchUpdateEcoAccountCustomFieldOutput}, for opt-in response validation. */
export const BatchUpdateEcoAccountCustomFieldOutputSchema: GenericSchema<BatchUpdateEcoAccountCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateEcoAccountCustomFieldOutput}, for opt-in response validation. */
export const CreateEcoAccountCustomFieldOutputSchema: GenericSchema<CreateEcoAccountCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CancelEcoBackgroundCheckOutput}, for opt-in response validation. */
export const CancelEcoBackgroundCheckOutputSchema: GenericSchema<CancelEcoBackgroundCheckOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateEcoBackgroundCheckProgressOutput}, for opt-in response validation. */
export const UpdateEcoBackgroundCheckProgressOutputSchema: GenericSchema<UpdateEcoBackgroundCheckProgressOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateEcoBackgroundCheckResultOutput}, for opt-in response validation. */
export const UpdateEcoBackgroundCheckResultOutputSchema: GenericSchema<UpdateEcoBackgroundCheckResultOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchDeleteEcoBackgroundCheckCustomFieldOutput}, for opt-in response validation. */
export const BatchDeleteEcoBackgroundCheckCustomFieldOutputSchema: GenericSchema<BatchDeleteEcoBackgroundCheckCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchUpdateEcoBackgroundCheckCustomFieldOutput}, for opt-in response validation. */
export const BatchUpdateEcoBackgroundCheckCustomFieldOutputSchema: GenericSchema<BatchUpdateEcoBackgroundCheckCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateEcoBackgroundCheckCustomFieldOutput}, for opt-in response validation. */
export const CreateEcoBackgroundCheckCustomFieldOutputSchema: GenericSchema<CreateEcoBackgroundCheckCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchDeleteEcoBackgroundCheckPackageOutput}, for opt-in response validation. */
export const BatchDeleteEcoBackgroundCheckPackageOutputSchema: GenericSchema<BatchDeleteEcoBackgroundCheckPackageOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchUpdateEcoBackgroundCheckPackageOutput}, for opt-in response validation. */
export const BatchUpdateEcoBackgroundCheckPackageOutputSchema: GenericSchema<BatchUpdateEcoBackgroundCheckPackageOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateEcoBackgroundCheckPackageOutput}, for opt-in response validation. */
export const CreateEcoBackgroundCheckPackageOutputSchema: GenericSchema<CreateEcoBackgroundCheckPackageOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link LoginEcoExamInfoOutput}, for opt-in response validation. */
export const LoginEcoExamInfoOutputSchema: GenericSchema<LoginEcoExamInfoOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateEcoExamResultOutput}, for opt-in response validation. */
export const UpdateEcoExamResultOutputSchema: GenericSchema<UpdateEcoExamResultOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchDeleteEcoExamPaperOutput}, for opt-in response validation. */
export const BatchDeleteEcoExamPaperOutputSchema: GenericSchema<BatchDeleteEcoExamPaperOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchUpdateEcoExamPaperOutput}, for opt-in response validation. */
export const BatchUpdateEcoExamPaperOutputSchema: GenericSchema<BatchUpdateEcoExamPaperOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateEcoExamPaperOutput}, for opt-in response validation. */
export const CreateEcoExamPaperOutputSchema: GenericSchema<CreateEcoExamPaperOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchEhrImportTaskOutput}, for opt-in response validation. */
export const PatchEhrImportTaskOutputSchema: GenericSchema<PatchEhrImportTaskOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetEmployeeOutput}, for opt-in response validation. */
export const GetEmployeeOutputSchema: GenericSchema<GetEmployeeOutput> = /*#__PURE__*/ (() => looseObject({
  employee: optional(EmployeeSchema()),
}))()

/** Schema of {@link GetEmployeeByApplicationOutput}, for opt-in response validation. */
export const GetEmployeeByApplicationOutputSchema: GenericSchema<GetEmployeeByApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  employee: optional(EmployeeSchema()),
}))()

/** Schema of {@link PatchEmployeeOutput}, for opt-in response validation. */
export const PatchEmployeeOutputSchema: GenericSchema<PatchEmployeeOutput> = /*#__PURE__*/ (() => looseObject({
  employee: optional(EmployeeSchema()),
}))()

/** Schema of {@link ListEvaluationOutput}, for opt-in response validation. */
export const ListEvaluationOutputSchema: GenericSchema<ListEvaluationOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ApplicationDetailEvaluationSchema())),
}))()

/** Schema of {@link ListEvaluationTaskOutput}, for opt-in response validation. */
export const ListEvaluationTaskOutputSchema: GenericSchema<ListEvaluationTaskOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link CreateExamOutput}, for opt-in response validation. */
export const CreateExamOutputSchema: GenericSchema<CreateExamOutput> = /*#__PURE__*/ (() => looseObject({
  exam_id: optional(string()),
  application_id: optional(string()),
  exam_resource_name: optional(string()),
  score: optional(number()),
  uuid: optional(string()),
  operator_id: optional(string()),
  operate_time: optional(string()),
}))()

/** Schema of {@link ListExamMarkingTaskOutput}, for opt-in response validation. */
export const ListExamMarkingTaskOutputSchema: GenericSchema<ListExamMarkingTaskOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link CreateExternalApplicationOutput}, for opt-in response validation. */
export const CreateExternalApplicationOutputSchema: GenericSchema<CreateExternalApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  external_application: optional(ExternalApplicationSchema()),
}))()

/** Schema of {@link DeleteExternalApplicationOutput}, for opt-in response validation. */
export const DeleteExternalApplicationOutputSchema: GenericSchema<DeleteExternalApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  external_application: optional(ExternalApplicationSchema()),
}))()

/** Schema of {@link ListExternalApplicationOutput}, for opt-in response validation. */
export const ListExternalApplicationOutputSchema: GenericSchema<ListExternalApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    job_recruitment_type: optional(number()),
    job_title: optional(string()),
    resume_source: optional(string()),
    stage: optional(string()),
    talent_id: string(),
    termination_reason: optional(string()),
    delivery_type: optional(number()),
    modify_time: optional(number()),
    create_time: optional(number()),
    termination_type: optional(string()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link UpdateExternalApplicationOutput}, for opt-in response validation. */
export const UpdateExternalApplicationOutputSchema: GenericSchema<UpdateExternalApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  external_application: optional(ExternalApplicationSchema()),
}))()

/** Schema of {@link BatchQueryExternalBackgroundCheckOutput}, for opt-in response validation. */
export const BatchQueryExternalBackgroundCheckOutputSchema: GenericSchema<BatchQueryExternalBackgroundCheckOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ExternalBackgroundCheckSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateExternalBackgroundCheckOutput}, for opt-in response validation. */
export const CreateExternalBackgroundCheckOutputSchema: GenericSchema<CreateExternalBackgroundCheckOutput> = /*#__PURE__*/ (() => looseObject({
  external_background_check: optional(ExternalBackgroundCheckSchema()),
}))()

/** Schema of {@link DeleteExternalBackgroundCheckOutput}, for opt-in response validation. */
export const DeleteExternalBackgroundCheckOutputSchema: GenericSchema<DeleteExternalBackgroundCheckOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateExternalBackgroundCheckOutput}, for opt-in response validation. */
export const UpdateExternalBackgroundCheckOutputSchema: GenericSchema<UpdateExternalBackgroundCheckOutput> = /*#__PURE__*/ (() => looseObject({
  external_background_check: optional(ExternalBackgroundCheckSchema()),
}))()

/** Schema of {@link BatchQueryExternalInterviewOutput}, for opt-in response validation. */
export const BatchQueryExternalInterviewOutputSchema: GenericSchema<BatchQueryExternalInterviewOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ExternalInterviewSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateExternalInterviewOutput}, for opt-in response validation. */
export const CreateExternalInterviewOutputSchema: GenericSchema<CreateExternalInterviewOutput> = /*#__PURE__*/ (() => looseObject({
  external_interview: optional(ExternalInterviewSchema()),
}))()

/** Schema of {@link DeleteExternalInterviewOutput}, for opt-in response validation. */
export const DeleteExternalInterviewOutputSchema: GenericSchema<DeleteExternalInterviewOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateExternalInterviewOutput}, for opt-in response validation. */
export const UpdateExternalInterviewOutputSchema: GenericSchema<UpdateExternalInterviewOutput> = /*#__PURE__*/ (() => looseObject({
  external_interview: optional(ExternalInterviewSchema()),
}))()

/** Schema of {@link CreateExternalInterviewAssessmentOutput}, for opt-in response validation. */
export const CreateExternalInterviewAssessmentOutputSchema: GenericSchema<CreateExternalInterviewAssessmentOutput> = /*#__PURE__*/ (() => looseObject({
  external_interview_assessment: optional(ExternalInterviewAssessmentSchema()),
}))()

/** Schema of {@link PatchExternalInterviewAssessmentOutput}, for opt-in response validation. */
export const PatchExternalInterviewAssessmentOutputSchema: GenericSchema<PatchExternalInterviewAssessmentOutput> = /*#__PURE__*/ (() => looseObject({
  external_interview_assessment: optional(looseObject({
    id: optional(string()),
    username: optional(string()),
    conclusion: optional(number()),
    assessment_dimension_list: optional(array(AssessmentDimensionSchema())),
    content: optional(string()),
    external_interview_id: optional(string()),
  })),
}))()

/** Schema of {@link BatchQueryExternalOfferOutput}, for opt-in response validation. */
export const BatchQueryExternalOfferOutputSchema: GenericSchema<BatchQueryExternalOfferOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ExternalOfferSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateExternalOfferOutput}, for opt-in response validation. */
export const CreateExternalOfferOutputSchema: GenericSchema<CreateExternalOfferOutput> = /*#__PURE__*/ (() => looseObject({
  external_offer: optional(ExternalOfferSchema()),
}))()

/** Schema of {@link DeleteExternalOfferOutput}, for opt-in response validation. */
export const DeleteExternalOfferOutputSchema: GenericSchema<DeleteExternalOfferOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateExternalOfferOutput}, for opt-in response validation. */
export const UpdateExternalOfferOutputSchema: GenericSchema<UpdateExternalOfferOutput> = /*#__PURE__*/ (() => looseObject({
  external_offer: optional(ExternalOfferSchema()),
}))()

/** Schema of {@link CreateExternalReferralRewardOutput}, for opt-in response validation. */
export const CreateExternalReferralRewardOutputSchema: GenericSchema<CreateExternalReferralRewardOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
}))()

/** Schema of {@link DeleteExternalReferralRewardOutput}, for opt-in response validation. */
export const DeleteExternalReferralRewardOutputSchema: GenericSchema<DeleteExternalReferralRewardOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetInterviewByTalentOutput}, for opt-in response validation. */
export const GetInterviewByTalentOutputSchema: GenericSchema<GetInterviewByTalentOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(GetByTalentItemSchema())),
}))()

/** Schema of {@link ListInterviewOutput}, for opt-in response validation. */
export const ListInterviewOutputSchema: GenericSchema<ListInterviewOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(InterviewSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ListInterviewFeedbackFormOutput}, for opt-in response validation. */
export const ListInterviewFeedbackFormOutputSchema: GenericSchema<ListInterviewFeedbackFormOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(InterviewFeedbackFormListItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link GetInterviewRecordOutput}, for opt-in response validation. */
export const GetInterviewRecordOutputSchema: GenericSchema<GetInterviewRecordOutput> = /*#__PURE__*/ (() => looseObject({
  interview_record: optional(InterviewRecordSchema()),
}))()

/** Schema of {@link ListInterviewRecordOutput}, for opt-in response validation. */
export const ListInterviewRecordOutputSchema: GenericSchema<ListInterviewRecordOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(InterviewRecordSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link GetInterviewRecordAttachmentOutput}, for opt-in response validation. */
export const GetInterviewRecordAttachmentOutputSchema: GenericSchema<GetInterviewRecordAttachmentOutput> = /*#__PURE__*/ (() => looseObject({
  attachment: optional(looseObject({
    id: optional(string()),
    url: optional(string()),
    name: optional(string()),
    mime: optional(string()),
    create_time: optional(string()),
  })),
}))()

/** Schema of {@link ListInterviewRegistrationSchemaOutput}, for opt-in response validation. */
export const ListInterviewRegistrationSchemaOutputSchema: GenericSchema<ListInterviewRegistrationSchemaOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(string()),
    is_used_as_interview: optional(boolean()),
    object_list: optional(array(ItemObjectSchema())),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ListInterviewRoundTypeOutput}, for opt-in response validation. */
export const ListInterviewRoundTypeOutputSchema: GenericSchema<ListInterviewRoundTypeOutput> = /*#__PURE__*/ (() => looseObject({
  active_status: optional(number()),
  items: optional(array(looseObject({
    id: optional(string()),
    biz_id: optional(string()),
    name: optional(NameSchema()),
    process_type: optional(number()),
    active_status: optional(number()),
    interview_assessment_template_info: optional(looseObject({
      id: optional(string()),
      biz_id: optional(string()),
      name: optional(NameSchema()),
    })),
  }))),
}))()

/** Schema of {@link ListInterviewTaskOutput}, for opt-in response validation. */
export const ListInterviewTaskOutputSchema: GenericSchema<ListInterviewTaskOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link ListInterviewerOutput}, for opt-in response validation. */
export const ListInterviewerOutputSchema: GenericSchema<ListInterviewerOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(InterviewerSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchInterviewerOutput}, for opt-in response validation. */
export const PatchInterviewerOutputSchema: GenericSchema<PatchInterviewerOutput> = /*#__PURE__*/ (() => looseObject({
  interviewer: optional(InterviewerSchema()),
}))()

/** Schema of {@link CloseJobOutput}, for opt-in response validation. */
export const CloseJobOutputSchema: GenericSchema<CloseJobOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CombinedJobCreateOutput}, for opt-in response validation. */
export const CombinedJobCreateOutputSchema: GenericSchema<CombinedJobCreateOutput> = /*#__PURE__*/ (() => looseObject({
  default_job_post: optional(looseObject({ id: optional(string()) })),
  job: optional(JobSchema()),
  job_manager: optional(JobManagerSchema()),
  interview_registration_schema_info: optional(PortalWebsiteApplyFormSchemaInfoSchema()),
  onboard_registration_schema_info: optional(PortalWebsiteApplyFormSchemaInfoSchema()),
  target_major_list: optional(array(TargetMajorSchema())),
  portal_website_apply_form_schema_info: optional(PortalWebsiteApplyFormSchemaInfoSchema()),
}))()

/** Schema of {@link CombinedJobUpdateOutput}, for opt-in response validation. */
export const CombinedJobUpdateOutputSchema: GenericSchema<CombinedJobUpdateOutput> = /*#__PURE__*/ (() => looseObject({
  default_job_post: optional(looseObject({ id: optional(string()) })),
  job: optional(JobSchema()),
  job_manager: optional(JobManagerSchema()),
  interview_registration_schema_info: optional(PortalWebsiteApplyFormSchemaInfoSchema()),
  onboard_registration_schema_info: optional(PortalWebsiteApplyFormSchemaInfoSchema()),
  target_major_list: optional(array(TargetMajorSchema())),
  portal_website_apply_form_schema_info: optional(PortalWebsiteApplyFormSchemaInfoSchema()),
}))()

/** Schema of {@link ConfigJobOutput}, for opt-in response validation. */
export const ConfigJobOutputSchema: GenericSchema<ConfigJobOutput> = /*#__PURE__*/ (() => looseObject({
  job_config: optional(JobConfigSchema()),
}))()

/** Schema of {@link GetJobOutput}, for opt-in response validation. */
export const GetJobOutputSchema: GenericSchema<GetJobOutput> = /*#__PURE__*/ (() => looseObject({
  job: optional(JobSchema()),
}))()

/** Schema of {@link GetJobDetailOutput}, for opt-in response validation. */
export const GetJobDetailOutputSchema: GenericSchema<GetJobDetailOutput> = /*#__PURE__*/ (() => looseObject({
  job_detail: optional(JobDetailSchema()),
}))()

/** Schema of {@link ListJobOutput}, for opt-in response validation. */
export const ListJobOutputSchema: GenericSchema<ListJobOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(JobListItemSchema())),
}))()

/** Schema of {@link OpenJobOutput}, for opt-in response validation. */
export const OpenJobOutputSchema: GenericSchema<OpenJobOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link RecruiterJobOutput}, for opt-in response validation. */
export const RecruiterJobOutputSchema: GenericSchema<RecruiterJobOutput> = /*#__PURE__*/ (() => looseObject({
  info: optional(looseObject({
    id: optional(string()),
    recruiter_id: optional(string()),
    hiring_manager_id_list: optional(array(string())),
    assistant_id_list: optional(array(string())),
  })),
}))()

/** Schema of {@link UpdateJobConfigOutput}, for opt-in response validation. */
export const UpdateJobConfigOutputSchema: GenericSchema<UpdateJobConfigOutput> = /*#__PURE__*/ (() => looseObject({
  job_config: optional(JobConfigSchema()),
}))()

/** Schema of {@link BatchUpdateJobManagerOutput}, for opt-in response validation. */
export const BatchUpdateJobManagerOutputSchema: GenericSchema<BatchUpdateJobManagerOutput> = /*#__PURE__*/ (() => looseObject({
  job_manager: optional(JobManagerSchema()),
}))()

/** Schema of {@link GetJobManagerOutput}, for opt-in response validation. */
export const GetJobManagerOutputSchema: GenericSchema<GetJobManagerOutput> = /*#__PURE__*/ (() => looseObject({
  info: optional(JobManagerSchema()),
}))()

/** Schema of {@link ListJobFunctionOutput}, for opt-in response validation. */
export const ListJobFunctionOutputSchema: GenericSchema<ListJobFunctionOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    active_status: optional(number()),
    parent_id: optional(string()),
  }))),
}))()

/** Schema of {@link ListJobProcessOutput}, for opt-in response validation. */
export const ListJobProcessOutputSchema: GenericSchema<ListJobProcessOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    id: optional(string()),
    zh_name: optional(string()),
    en_name: optional(string()),
    type: optional(number()),
    stage_list: optional(array(StageSchema())),
  }))),
}))()

/** Schema of {@link SearchJobPublishRecordOutput}, for opt-in response validation. */
export const SearchJobPublishRecordOutputSchema: GenericSchema<SearchJobPublishRecordOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ListItemSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link CreateJobRequirementOutput}, for opt-in response validation. */
export const CreateJobRequirementOutputSchema: GenericSchema<CreateJobRequirementOutput> = /*#__PURE__*/ (() => looseObject({
  job_requirement: optional(CreateJobRequirementSchema()),
}))()

/** Schema of {@link DeleteJobRequirementOutput}, for opt-in response validation. */
export const DeleteJobRequirementOutputSchema: GenericSchema<DeleteJobRequirementOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListJobRequirementOutput}, for opt-in response validation. */
export const ListJobRequirementOutputSchema: GenericSchema<ListJobRequirementOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(CreateJobRequirementSchema())),
}))()

/** Schema of {@link ListJobRequirementByIdOutput}, for opt-in response validation. */
export const ListJobRequirementByIdOutputSchema: GenericSchema<ListJobRequirementByIdOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CreateJobRequirementSchema())),
}))()

/** Schema of {@link UpdateJobRequirementOutput}, for opt-in response validation. */
export const UpdateJobRequirementOutputSchema: GenericSchema<UpdateJobRequirementOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListJobRequirementSchemaOutput}, for opt-in response validation. */
export const ListJobRequirementSchemaOutputSchema: GenericSchema<ListJobRequirementSchemaOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    object_list: optional(array(ObjectSchema())),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ListJobSchemaOutput}, for opt-in response validation. */
export const ListJobSchemaOutputSchema: GenericSchema<ListJobSchemaOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    scenario_type: optional(number()),
    object_list: optional(array(ObjectSchema())),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ListJobTypeOutput}, for opt-in response validation. */
export const ListJobTypeOutputSchema: GenericSchema<ListJobTypeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemJobTypeSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListLocationOutput}, for opt-in response validation. */
export const ListLocationOutputSchema: GenericSchema<ListLocationOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    district: optional(CitySchema()),
    city: optional(CitySchema()),
    state: optional(CitySchema()),
    country: optional(CitySchema()),
    active_status: optional(number()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link QueryLocationOutput}, for opt-in response validation. */
export const QueryLocationOutputSchema: GenericSchema<QueryLocationOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    country: optional(looseObject({
      country_code: optional(string()),
      country_name_info: optional(CityNameInfoSchema()),
    })),
    state: optional(looseObject({
      state_code: optional(string()),
      country_code: optional(string()),
      state_name_info: optional(CityNameInfoSchema()),
    })),
    city: optional(looseObject({
      city_code: optional(string()),
      state_code: optional(string()),
      country_code: optional(string()),
      city_name_info: optional(CityNameInfoSchema()),
    })),
    district: optional(looseObject({
      district_code: optional(string()),
      city_code: optional(string()),
      state_code: optional(string()),
      country_code: optional(string()),
      district_name_info: optional(CityNameInfoSchema()),
    })),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link GetMinutesOutput}, for opt-in response validation. */
export const GetMinutesOutputSchema: GenericSchema<GetMinutesOutput> = /*#__PURE__*/ (() => looseObject({
  minutes: optional(looseObject({
    sentences: optional(array(looseObject({
      content: optional(string()),
      speak_time: optional(string()),
      user_type: optional(number()),
      speaker_name: optional(NameSchema()),
    }))),
  })),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateNoteOutput}, for opt-in response validation. */
export const CreateNoteOutputSchema: GenericSchema<CreateNoteOutput> = /*#__PURE__*/ (() => looseObject({
  note: optional(NoteSchema()),
}))()

/** Schema of {@link DeleteNoteOutput}, for opt-in response validation. */
export const DeleteNoteOutputSchema: GenericSchema<DeleteNoteOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetNoteOutput}, for opt-in response validation. */
export const GetNoteOutputSchema: GenericSchema<GetNoteOutput> = /*#__PURE__*/ (() => looseObject({
  note: optional(NoteSchema()),
}))()

/** Schema of {@link ListNoteOutput}, for opt-in response validation. */
export const ListNoteOutputSchema: GenericSchema<ListNoteOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(NoteSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchNoteOutput}, for opt-in response validation. */
export const PatchNoteOutputSchema: GenericSchema<PatchNoteOutput> = /*#__PURE__*/ (() => looseObject({
  note: optional(NoteSchema()),
}))()

/** Schema of {@link CreateOfferOutput}, for opt-in response validation. */
export const CreateOfferOutputSchema: GenericSchema<CreateOfferOutput> = /*#__PURE__*/ (() => looseObject({
  offer_id: optional(string()),
  application_id: optional(string()),
  schema_id: optional(string()),
  offer_type: optional(number()),
  basic_info: optional(BasicInfoSchema()),
  salary_info: optional(SalaryInfoSchema()),
  customized_info_list: optional(array(CustomizedInfoSchema())),
}))()

/** Schema of {@link GetOfferOutput}, for opt-in response validation. */
export const GetOfferOutputSchema: GenericSchema<GetOfferOutput> = /*#__PURE__*/ (() => looseObject({
  offer: optional(GetOfferSchema()),
}))()

/** Schema of {@link InternOfferOfferStatusOutput}, for opt-in response validation. */
export const InternOfferOfferStatusOutputSchema: GenericSchema<InternOfferOfferStatusOutput> = /*#__PURE__*/ (() => looseObject({
  offer_id: optional(string()),
  operation: picklist(['confirm_onboarding', 'cancel_onboarding', 'offboard']),
  onboarding_info: optional(looseObject({ actual_onboarding_date: string() })),
  offboarding_info: optional(OffboardingInfoSchema()),
}))()

/** Schema of {@link ListOfferOutput}, for opt-in response validation. */
export const ListOfferOutputSchema: GenericSchema<ListOfferOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    id: optional(string()),
    job_info: optional(JobInfoSchema()),
    create_time: optional(number()),
    offer_status: optional(number()),
    offer_type: optional(number()),
    employee_type: optional(TargetMajorSchema()),
    application_id: optional(string()),
  }))),
}))()

/** Schema of {@link OfferOfferStatusOutput}, for opt-in response validation. */
export const OfferOfferStatusOutputSchema: GenericSchema<OfferOfferStatusOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateOfferOutput}, for opt-in response validation. */
export const UpdateOfferOutputSchema: GenericSchema<UpdateOfferOutput> = /*#__PURE__*/ (() => looseObject({
  offer_id: optional(string()),
  schema_id: optional(string()),
  basic_info: optional(BasicInfoSchema()),
  salary_info: optional(SalaryInfoSchema()),
  customized_info_list: optional(array(CustomizedInfoSchema())),
}))()

/** Schema of {@link GetOfferApplicationFormOutput}, for opt-in response validation. */
export const GetOfferApplicationFormOutputSchema: GenericSchema<GetOfferApplicationFormOutput> = /*#__PURE__*/ (() => looseObject({
  offer_apply_form: optional(OfferApplyFormSchema()),
}))()

/** Schema of {@link ListOfferApplicationFormOutput}, for opt-in response validation. */
export const ListOfferApplicationFormOutputSchema: GenericSchema<ListOfferApplicationFormOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    create_time: optional(string()),
  }))),
}))()

/** Schema of {@link ListOfferApprovalTemplateOutput}, for opt-in response validation. */
export const ListOfferApprovalTemplateOutputSchema: GenericSchema<ListOfferApprovalTemplateOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    create_time: optional(string()),
    remark: optional(string()),
    department_list: optional(array(looseObject({
      id: optional(string()),
      name: optional(string()),
      en_name: optional(string()),
    }))),
  }))),
}))()

/** Schema of {@link UpdateOfferCustomFieldOutput}, for opt-in response validation. */
export const UpdateOfferCustomFieldOutputSchema: GenericSchema<UpdateOfferCustomFieldOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetOfferSchemaOutput}, for opt-in response validation. */
export const GetOfferSchemaOutputSchema: GenericSchema<GetOfferSchemaOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
  scenario: optional(number()),
  version: optional(number()),
  object_list: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    type: optional(string()),
    is_customized: optional(boolean()),
    option_list: optional(array(looseObject({
      name: optional(NameSchema()),
      index: optional(number()),
      active_status: optional(number()),
    }))),
  }))),
}))()

/** Schema of {@link ListPortalApplySchemaOutput}, for opt-in response validation. */
export const ListPortalApplySchemaOutputSchema: GenericSchema<ListPortalApplySchemaOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(PortalApplySchemaListItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListQuestionnaireOutput}, for opt-in response validation. */
export const ListQuestionnaireOutputSchema: GenericSchema<ListQuestionnaireOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    questionnaire_id: optional(string()),
    application_id: optional(string()),
    interview_id: optional(string()),
    version: optional(number()),
    questions: optional(array(looseObject({
      question_id: optional(string()),
      question_name: optional(string()),
      question_en_name: optional(string()),
      question_desc: optional(string()),
      question_en_desc: optional(string()),
      question_type: optional(number()),
      is_required: optional(boolean()),
      select_option_result_list: optional(array(looseObject({
        option_id: optional(string()),
        option_name: optional(string()),
        option_en_name: optional(string()),
        option_desc: optional(string()),
        option_en_desc: optional(string()),
        is_selected: optional(boolean()),
      }))),
      five_start_scoring_result: optional(looseObject({
        highest_score_desc: optional(string()),
        highest_score_en_desc: optional(string()),
        lowest_score_desc: optional(string()),
        lowest_score_en_desc: optional(string()),
        score_result: optional(number()),
      })),
      description_result: optional(string()),
    }))),
    has_answers: optional(boolean()),
    update_time: optional(string()),
  }))),
}))()

/** Schema of {@link GetReferralByApplicationOutput}, for opt-in response validation. */
export const GetReferralByApplicationOutputSchema: GenericSchema<GetReferralByApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  referral: optional(looseObject({
    id: string(),
    application_id: string(),
    create_time: number(),
    referral_user_id: string(),
    referral_user: optional(CreatorSchema()),
  })),
}))()

/** Schema of {@link SearchReferralOutput}, for opt-in response validation. */
export const SearchReferralOutputSchema: GenericSchema<SearchReferralOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    application_ids: optional(array(string())),
    create_time: optional(string()),
    referral_user: optional(CreatorSchema()),
  }))),
}))()

/** Schema of {@link CreateReferralAccountOutput}, for opt-in response validation. */
export const CreateReferralAccountOutputSchema: GenericSchema<CreateReferralAccountOutput> = /*#__PURE__*/ (() => looseObject({
  account: optional(AccountSchema()),
}))()

/** Schema of {@link DeactivateReferralAccountOutput}, for opt-in response validation. */
export const DeactivateReferralAccountOutputSchema: GenericSchema<DeactivateReferralAccountOutput> = /*#__PURE__*/ (() => looseObject({
  account: optional(AccountSchema()),
}))()

/** Schema of {@link EnableReferralAccountOutput}, for opt-in response validation. */
export const EnableReferralAccountOutputSchema: GenericSchema<EnableReferralAccountOutput> = /*#__PURE__*/ (() => looseObject({
  account: optional(AccountSchema()),
}))()

/** Schema of {@link GetReferralAccountAccountAssetsOutput}, for opt-in response validation. */
export const GetReferralAccountAccountAssetsOutputSchema: GenericSchema<GetReferralAccountAccountAssetsOutput> = /*#__PURE__*/ (() => looseObject({
  account: optional(looseObject({
    account_id: string(),
    assets: optional(looseObject({
      confirmed_bonus: optional(ConfirmedBonusSchema()),
      paid_bonus: optional(PaidBonusSchema()),
    })),
    status: optional(number()),
    referrer: optional(ReferrerSchema()),
  })),
}))()

/** Schema of {@link ReconciliationReferralAccountOutput}, for opt-in response validation. */
export const ReconciliationReferralAccountOutputSchema: GenericSchema<ReconciliationReferralAccountOutput> = /*#__PURE__*/ (() => looseObject({
  check_failed_list: optional(array(looseObject({
    account_id: optional(string()),
    total_withdraw_reward_info: optional(ConfirmedBonusSchema()),
    total_recharge_reward_info: optional(ConfirmedBonusSchema()),
  }))),
}))()

/** Schema of {@link WithdrawReferralAccountOutput}, for opt-in response validation. */
export const WithdrawReferralAccountOutputSchema: GenericSchema<WithdrawReferralAccountOutput> = /*#__PURE__*/ (() => looseObject({
  external_order_id: optional(string()),
  trans_time: optional(string()),
  withdrawal_details: optional(PaidBonusSchema()),
}))()

/** Schema of {@link GetReferralWebsiteJobPostOutput}, for opt-in response validation. */
export const GetReferralWebsiteJobPostOutputSchema: GenericSchema<GetReferralWebsiteJobPostOutput> = /*#__PURE__*/ (() => looseObject({
  job_post: optional(JobPostSchema()),
}))()

/** Schema of {@link ListReferralWebsiteJobPostOutput}, for opt-in response validation. */
export const ListReferralWebsiteJobPostOutputSchema: GenericSchema<ListReferralWebsiteJobPostOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ReferralWebsiteJobPostListItemSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ListRegistrationSchemaOutput}, for opt-in response validation. */
export const ListRegistrationSchemaOutputSchema: GenericSchema<ListRegistrationSchemaOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(PortalApplySchemaListItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListResumeSourceOutput}, for opt-in response validation. */
export const ListResumeSourceOutputSchema: GenericSchema<ListResumeSourceOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    zh_name: optional(string()),
    en_name: optional(string()),
    active_status: optional(number()),
    resume_source_type: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link GetRoleOutput}, for opt-in response validation. */
export const GetRoleOutputSchema: GenericSchema<GetRoleOutput> = /*#__PURE__*/ (() => looseObject({
  role: optional(RoleSchema()),
}))()

/** Schema of {@link ListRoleOutput}, for opt-in response validation. */
export const ListRoleOutputSchema: GenericSchema<ListRoleOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    description: optional(NameSchema()),
    scope_of_application: optional(number()),
    modify_time: optional(string()),
    role_status: optional(number()),
    role_type: optional(number()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ListSubjectOutput}, for opt-in response validation. */
export const ListSubjectOutputSchema: GenericSchema<ListSubjectOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    create_time: optional(string()),
    active_status: optional(number()),
    application_limit: optional(number()),
    creator: optional(CreatorSchema()),
  }))),
}))()

/** Schema of {@link AddTalentToFolderOutput}, for opt-in response validation. */
export const AddTalentToFolderOutputSchema: GenericSchema<AddTalentToFolderOutput> = /*#__PURE__*/ (() => looseObject({
  talent_id_list: optional(array(string())),
  folder_id: optional(string()),
}))()

/** Schema of {@link BatchGetTalentIdOutput}, for opt-in response validation. */
export const BatchGetTalentIdOutputSchema: GenericSchema<BatchGetTalentIdOutput> = /*#__PURE__*/ (() => looseObject({
  talent_list: optional(array(looseObject({
    talent_id: optional(string()),
    mobile_code: optional(string()),
    mobile_number: optional(string()),
    email: optional(string()),
    identification_type: optional(number()),
    identification_number: optional(string()),
    is_onboarded: optional(boolean()),
  }))),
}))()

/** Schema of {@link CombinedTalentCreateOutput}, for opt-in response validation. */
export const CombinedTalentCreateOutputSchema: GenericSchema<CombinedTalentCreateOutput> = /*#__PURE__*/ (() => looseObject({
  talent_id: optional(string()),
  creator_id: optional(string()),
  creator_account_type: optional(number()),
}))()

/** Schema of {@link CombinedTalentUpdateOutput}, for opt-in response validation. */
export const CombinedTalentUpdateOutputSchema: GenericSchema<CombinedTalentUpdateOutput> = /*#__PURE__*/ (() => looseObject({
  talent_id: optional(string()),
  operator_id: optional(string()),
  operator_account_type: optional(number()),
}))()

/** Schema of {@link GetTalentOutput}, for opt-in response validation. */
export const GetTalentOutputSchema: GenericSchema<GetTalentOutput> = /*#__PURE__*/ (() => looseObject({
  talent: optional(TalentSchema()),
}))()

/** Schema of {@link ListTalentOutput}, for opt-in response validation. */
export const ListTalentOutputSchema: GenericSchema<ListTalentOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(TalentListItemSchema())),
}))()

/** Schema of {@link OnboardTalentStatusOutput}, for opt-in response validation. */
export const OnboardTalentStatusOutputSchema: GenericSchema<OnboardTalentStatusOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link RemoveTalentToFolderOutput}, for opt-in response validation. */
export const RemoveTalentToFolderOutputSchema: GenericSchema<RemoveTalentToFolderOutput> = /*#__PURE__*/ (() => looseObject({
  talent_id_list: optional(array(string())),
  folder_id: optional(string()),
}))()

/** Schema of {@link TagTalentOutput}, for opt-in response validation. */
export const TagTalentOutputSchema: GenericSchema<TagTalentOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreateTalentExternalInfoOutput}, for opt-in response validation. */
export const CreateTalentExternalInfoOutputSchema: GenericSchema<CreateTalentExternalInfoOutput> = /*#__PURE__*/ (() => looseObject({
  external_info: optional(ExternalInfoSchema()),
}))()

/** Schema of {@link UpdateTalentExternalInfoOutput}, for opt-in response validation. */
export const UpdateTalentExternalInfoOutputSchema: GenericSchema<UpdateTalentExternalInfoOutput> = /*#__PURE__*/ (() => looseObject({
  external_info: optional(ExternalInfoSchema()),
}))()

/** Schema of {@link ChangeTalentBlocklistTalentBlockOutput}, for opt-in response validation. */
export const ChangeTalentBlocklistTalentBlockOutputSchema: GenericSchema<ChangeTalentBlocklistTalentBlockOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListTalentFolderOutput}, for opt-in response validation. */
export const ListTalentFolderOutputSchema: GenericSchema<ListTalentFolderOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    folder_id: optional(string()),
    folder_name: string(),
    owner_id: optional(string()),
  }))),
}))()

/** Schema of {@link QueryTalentObjectOutput}, for opt-in response validation. */
export const QueryTalentObjectOutputSchema: GenericSchema<QueryTalentObjectOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ObjectSchema())),
}))()

/** Schema of {@link SearchTalentOperationLogOutput}, for opt-in response validation. */
export const SearchTalentOperationLogOutputSchema: GenericSchema<SearchTalentOperationLogOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    application_id: optional(string()),
    talent_id: optional(string()),
    operator: optional(CreatorSchema()),
    operation_type: optional(number()),
    operation_time: optional(string()),
    operator_type: optional(number()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link BatchChangeTalentPoolTalentPoolOutput}, for opt-in response validation. */
export const BatchChangeTalentPoolTalentPoolOutputSchema: GenericSchema<BatchChangeTalentPoolTalentPoolOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link MoveTalentPoolTalentOutput}, for opt-in response validation. */
export const MoveTalentPoolTalentOutputSchema: GenericSchema<MoveTalentPoolTalentOutput> = /*#__PURE__*/ (() => looseObject({
  talent_pool_id: optional(string()),
  talent_id: optional(string()),
}))()

/** Schema of {@link SearchTalentPoolOutput}, for opt-in response validation. */
export const SearchTalentPoolOutputSchema: GenericSchema<SearchTalentPoolOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    i18n_name: optional(NameSchema()),
    i18n_description: optional(NameSchema()),
    parent_id: optional(string()),
    is_private: optional(number()),
    create_time: optional(string()),
    modify_time: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListTalentTagOutput}, for opt-in response validation. */
export const ListTalentTagOutputSchema: GenericSchema<ListTalentTagOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    description: optional(NameSchema()),
    type: optional(number()),
    active_status: optional(number()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ListTerminationReasonOutput}, for opt-in response validation. */
export const ListTerminationReasonOutputSchema: GenericSchema<ListTerminationReasonOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    referral_name: optional(NameSchema()),
    termination_type: optional(number()),
    is_used_as_evaluation: optional(boolean()),
    active_status: optional(number()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link SearchTestOutput}, for opt-in response validation. */
export const SearchTestOutputSchema: GenericSchema<SearchTestOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    test_id: optional(string()),
    application_id: optional(string()),
    talent_id: optional(string()),
    job_id: optional(string()),
    test_paper_id: optional(string()),
    test_paper_name: optional(string()),
    test_paper_source_id: optional(string()),
    test_paper_source_name: optional(NameSchema()),
    reply_status: optional(number()),
    test_status: optional(number()),
    test_schedule: optional(TimeRangeSchema()),
    test_complete_time: optional(string()),
    report_url_list: optional(array(string())),
    result_detail_list: optional(array(looseObject({ subject: optional(string()), result: optional(string()) }))),
    result_upload_time: optional(string()),
    score: optional(string()),
    score_submit_time: optional(string()),
    reviewer: optional(string()),
    review_created_at: optional(string()),
    created_at: optional(string()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ListTodoOutput}, for opt-in response validation. */
export const ListTodoOutputSchema: GenericSchema<ListTodoOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    evaluation: optional(EvaluationSchema()),
    offer: optional(EvaluationSchema()),
    exam: optional(EvaluationSchema()),
    interview: optional(EvaluationSchema()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link CreateTripartiteAgreementOutput}, for opt-in response validation. */
export const CreateTripartiteAgreementOutputSchema: GenericSchema<CreateTripartiteAgreementOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
}))()

/** Schema of {@link DeleteTripartiteAgreementOutput}, for opt-in response validation. */
export const DeleteTripartiteAgreementOutputSchema: GenericSchema<DeleteTripartiteAgreementOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListTripartiteAgreementOutput}, for opt-in response validation. */
export const ListTripartiteAgreementOutputSchema: GenericSchema<ListTripartiteAgreementOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    application_id: optional(string()),
    state: optional(number()),
    create_time: optional(string()),
    modify_time: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link UpdateTripartiteAgreementOutput}, for opt-in response validation. */
export const UpdateTripartiteAgreementOutputSchema: GenericSchema<UpdateTripartiteAgreementOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListUserRoleOutput}, for opt-in response validation. */
export const ListUserRoleOutputSchema: GenericSchema<ListUserRoleOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    user_id: optional(string()),
    role_id: optional(string()),
    modify_time: optional(string()),
    role_name: optional(NameSchema()),
    role_description: optional(NameSchema()),
    business_management_scopes: optional(array(looseObject({
      entity: optional(CitySchema()),
      scope_rule: optional(looseObject({ rule_type: optional(number()) })),
    }))),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ListWebsiteOutput}, for opt-in response validation. */
export const ListWebsiteOutputSchema: GenericSchema<ListWebsiteOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    process_type_list: optional(array(number())),
    job_channel_id: optional(string()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link CreateWebsiteChannelOutput}, for opt-in response validation. */
export const CreateWebsiteChannelOutputSchema: GenericSchema<CreateWebsiteChannelOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
  name: optional(string()),
  link: optional(string()),
  code: optional(string()),
}))()

/** Schema of {@link DeleteWebsiteChannelOutput}, for opt-in response validation. */
export const DeleteWebsiteChannelOutputSchema: GenericSchema<DeleteWebsiteChannelOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListWebsiteChannelOutput}, for opt-in response validation. */
export const ListWebsiteChannelOutputSchema: GenericSchema<ListWebsiteChannelOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  website_channel_list: optional(array(looseObject({
    id: optional(string()),
    name: optional(string()),
    link: optional(string()),
    code: optional(string()),
  }))),
}))()

/** Schema of {@link UpdateWebsiteChannelOutput}, for opt-in response validation. */
export const UpdateWebsiteChannelOutputSchema: GenericSchema<UpdateWebsiteChannelOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
  name: optional(string()),
  link: optional(string()),
  code: optional(string()),
}))()

/** Schema of {@link CreateWebsiteDeliveryByAttachmentOutput}, for opt-in response validation. */
export const CreateWebsiteDeliveryByAttachmentOutputSchema: GenericSchema<CreateWebsiteDeliveryByAttachmentOutput> = /*#__PURE__*/ (() => looseObject({
  task_id: optional(string()),
}))()

/** Schema of {@link CreateWebsiteDeliveryByResumeOutput}, for opt-in response validation. */
export const CreateWebsiteDeliveryByResumeOutputSchema: GenericSchema<CreateWebsiteDeliveryByResumeOutput> = /*#__PURE__*/ (() => looseObject({
  delivery: optional(DeliverySchema()),
}))()

/** Schema of {@link GetWebsiteDeliveryTaskOutput}, for opt-in response validation. */
export const GetWebsiteDeliveryTaskOutputSchema: GenericSchema<GetWebsiteDeliveryTaskOutput> = /*#__PURE__*/ (() => looseObject({
  status: optional(number()),
  delivery: optional(DeliverySchema()),
  status_msg: optional(string()),
  extra_info: optional(string()),
}))()

/** Schema of {@link GetWebsiteJobPostOutput}, for opt-in response validation. */
export const GetWebsiteJobPostOutputSchema: GenericSchema<GetWebsiteJobPostOutput> = /*#__PURE__*/ (() => looseObject({
  job_post: optional(GetJobPostSchema()),
}))()

/** Schema of {@link ListWebsiteJobPostOutput}, for opt-in response validation. */
export const ListWebsiteJobPostOutputSchema: GenericSchema<ListWebsiteJobPostOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ListItemSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link SearchWebsiteJobPostOutput}, for opt-in response validation. */
export const SearchWebsiteJobPostOutputSchema: GenericSchema<SearchWebsiteJobPostOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(GetJobPostSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link CreateWebsiteSiteUserOutput}, for opt-in response validation. */
export const CreateWebsiteSiteUserOutputSchema: GenericSchema<CreateWebsiteSiteUserOutput> = /*#__PURE__*/ (() => looseObject({
  site_user: optional(looseObject({
    user_id: optional(string()),
    name: optional(string()),
    email: optional(string()),
    external_id: string(),
    mobile: optional(string()),
    mobile_country_code: optional(string()),
  })),
}))()
