// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  AddSchema,
  AppSchema,
  AppVersionSchema,
  ContactsRangeSchema,
  DistributedRecommendItemInfoSchema,
  ItemSchema,
  UnderauditlistItemSchema,
} from './models.ts'
import type { SetAppBadgeOutput } from './app_badge.ts'
import type { ListAppRecommendRuleOutput } from './app_recommend_rule.ts'
import type {
  ContactsApplicationRangeConfigurationOutput,
  GetApplicationOutput,
  ListApplicationOutput,
  PatchApplicationOutput,
  UnderauditlistApplicationOutput,
} from './application.ts'
import type {
  DepartmentApplicationAppUsageOverviewOutput,
  MessageApplicationAppUsagePushOverviewOutput,
  OverviewApplicationAppUsageOutput,
} from './application.app_usage.ts'
import type {
  ContactsApplicationAppVersionRangeSuggestOutput,
  GetApplicationAppVersionOutput,
  ListApplicationAppVersionOutput,
  PatchApplicationAppVersionOutput,
} from './application.app_version.ts'
import type {
  GetApplicationCollaboratorsOutput,
  UpdateApplicationCollaboratorsOutput,
} from './application.collaborators.ts'
import type { PatchApplicationContactsRangeOutput } from './application.contacts_range.ts'
import type { ListApplicationFeedbackOutput, PatchApplicationFeedbackOutput } from './application.feedback.ts'
import type { UpdateApplicationManagementOutput } from './application.management.ts'
import type { UpdateApplicationOwnerOutput } from './application.owner.ts'
import type {
  CheckApplicationVisibilityWhiteBlackListOutput,
  PatchApplicationVisibilityOutput,
} from './application.visibility.ts'
import type { ApplyScopeOutput, ListScopeOutput } from './scope.ts'

/** Schema of {@link SetAppBadgeOutput}, for opt-in response validation. */
export const SetAppBadgeOutputSchema: GenericSchema<SetAppBadgeOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ListAppRecommendRuleOutput}, for opt-in response validation. */
export const ListAppRecommendRuleOutputSchema: GenericSchema<ListAppRecommendRuleOutput> = /*#__PURE__*/ (() => looseObject({
  rules: optional(array(looseObject({
    id: optional(string()),
    name: optional(string()),
    status: optional(picklist(['open', 'closed'])),
    visibility_info: optional(looseObject({
      is_all: optional(boolean()),
      department_ids: optional(array(string())),
      user_ids: optional(array(string())),
      group_ids: optional(array(string())),
    })),
    recommend_item_infos: optional(array(DistributedRecommendItemInfoSchema())),
    distributed_recommend_item_infos: optional(array(DistributedRecommendItemInfoSchema())),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ContactsApplicationRangeConfigurationOutput}, for opt-in response validation. */
export const ContactsApplicationRangeConfigurationOutputSchema: GenericSchema<ContactsApplicationRangeConfigurationOutput> = /*#__PURE__*/ (() => looseObject({
  contacts_range: optional(ContactsRangeSchema()),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link GetApplicationOutput}, for opt-in response validation. */
export const GetApplicationOutputSchema: GenericSchema<GetApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  app: optional(AppSchema()),
}))()

/** Schema of {@link ListApplicationOutput}, for opt-in response validation. */
export const ListApplicationOutputSchema: GenericSchema<ListApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  app_list: optional(array(AppSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  total_count: optional(number()),
}))()

/** Schema of {@link PatchApplicationOutput}, for opt-in response validation. */
export const PatchApplicationOutputSchema: GenericSchema<PatchApplicationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnderauditlistApplicationOutput}, for opt-in response validation. */
export const UnderauditlistApplicationOutputSchema: GenericSchema<UnderauditlistApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(UnderauditlistItemSchema()),
  has_more: boolean(),
  page_token: optional(string()),
}))()

/** Schema of {@link DepartmentApplicationAppUsageOverviewOutput}, for opt-in response validation. */
export const DepartmentApplicationAppUsageOverviewOutputSchema: GenericSchema<DepartmentApplicationAppUsageOverviewOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    department_id: optional(string()),
    app: optional(array(ItemSchema())),
    gadget: optional(array(ItemSchema())),
    webapp: optional(array(ItemSchema())),
    bot: optional(array(ItemSchema())),
  }))),
}))()

/** Schema of {@link MessageApplicationAppUsagePushOverviewOutput}, for opt-in response validation. */
export const MessageApplicationAppUsagePushOverviewOutputSchema: GenericSchema<MessageApplicationAppUsagePushOverviewOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link OverviewApplicationAppUsageOutput}, for opt-in response validation. */
export const OverviewApplicationAppUsageOutputSchema: GenericSchema<OverviewApplicationAppUsageOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link ContactsApplicationAppVersionRangeSuggestOutput}, for opt-in response validation. */
export const ContactsApplicationAppVersionRangeSuggestOutputSchema: GenericSchema<ContactsApplicationAppVersionRangeSuggestOutput> = /*#__PURE__*/ (() => looseObject({
  contacts_range: optional(ContactsRangeSchema()),
}))()

/** Schema of {@link GetApplicationAppVersionOutput}, for opt-in response validation. */
export const GetApplicationAppVersionOutputSchema: GenericSchema<GetApplicationAppVersionOutput> = /*#__PURE__*/ (() => looseObject({
  app_version: optional(AppVersionSchema()),
}))()

/** Schema of {@link ListApplicationAppVersionOutput}, for opt-in response validation. */
export const ListApplicationAppVersionOutputSchema: GenericSchema<ListApplicationAppVersionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(AppVersionSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchApplicationAppVersionOutput}, for opt-in response validation. */
export const PatchApplicationAppVersionOutputSchema: GenericSchema<PatchApplicationAppVersionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetApplicationCollaboratorsOutput}, for opt-in response validation. */
export const GetApplicationCollaboratorsOutputSchema: GenericSchema<GetApplicationCollaboratorsOutput> = /*#__PURE__*/ (() => looseObject({
  collaborators: optional(array(AddSchema())),
}))()

/** Schema of {@link UpdateApplicationCollaboratorsOutput}, for opt-in response validation. */
export const UpdateApplicationCollaboratorsOutputSchema: GenericSchema<UpdateApplicationCollaboratorsOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchApplicationContactsRangeOutput}, for opt-in response validation. */
export const PatchApplicationContactsRangeOutputSchema: GenericSchema<PatchApplicationContactsRangeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListApplicationFeedbackOutput}, for opt-in response validation. */
export const ListApplicationFeedbackOutputSchema: GenericSchema<ListApplicationFeedbackOutput> = /*#__PURE__*/ (() => looseObject({
  feedback_list: optional(array(looseObject({
    feedback_id: string(),
    app_id: string(),
    feedback_time: string(),
    tenant_name: optional(string()),
    feedback_type: number(),
    status: number(),
    fault_type: optional(array(number())),
    fault_time: optional(string()),
    source: optional(number()),
    contact: optional(string()),
    update_time: optional(string()),
    description: string(),
    user_id: optional(string()),
    operator_id: optional(string()),
    images: optional(array(string())),
    feedback_path: optional(string()),
  }))),
  has_more: boolean(),
  page_token: optional(string()),
}))()

/** Schema of {@link PatchApplicationFeedbackOutput}, for opt-in response validation. */
export const PatchApplicationFeedbackOutputSchema: GenericSchema<PatchApplicationFeedbackOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateApplicationManagementOutput}, for opt-in response validation. */
export const UpdateApplicationManagementOutputSchema: GenericSchema<UpdateApplicationManagementOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateApplicationOwnerOutput}, for opt-in response validation. */
export const UpdateApplicationOwnerOutputSchema: GenericSchema<UpdateApplicationOwnerOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CheckApplicationVisibilityWhiteBlackListOutput}, for opt-in response validation. */
export const CheckApplicationVisibilityWhiteBlackListOutputSchema: GenericSchema<CheckApplicationVisibilityWhiteBlackListOutput> = /*#__PURE__*/ (() => looseObject({
  user_visibility_list: optional(array(looseObject({
    user_id: optional(string()),
    in_white_list: optional(boolean()),
    in_black_list: optional(boolean()),
    in_paid_list: optional(boolean()),
  }))),
  department_visibility_list: optional(array(looseObject({
    department_id: optional(string()),
    in_white_list: optional(boolean()),
    in_black_list: optional(boolean()),
  }))),
  group_visibility_list: optional(array(looseObject({
    group_id: optional(string()),
    in_white_list: optional(boolean()),
    in_black_list: optional(boolean()),
  }))),
}))()

/** Schema of {@link PatchApplicationVisibilityOutput}, for opt-in response validation. */
export const PatchApplicationVisibilityOutputSchema: GenericSchema<PatchApplicationVisibilityOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ApplyScopeOutput}, for opt-in response validation. */
export const ApplyScopeOutputSchema: GenericSchema<ApplyScopeOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ListScopeOutput}, for opt-in response validation. */
export const ListScopeOutputSchema: GenericSchema<ListScopeOutput> = /*#__PURE__*/ (() => looseObject({
  scopes: optional(array(looseObject({
    scope_name: string(),
    grant_status: number(),
    scope_type: optional(picklist(['user', 'tenant'])),
  }))),
}))()
