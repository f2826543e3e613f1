// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  AlignmentSchema,
  GetKeyResultSchema,
  IndicatorSchema,
  ItemSchema,
  ListItemSchema,
  OwnerSchema,
} from './models.ts'
import type { DeleteOkrAlignmentOutput, GetOkrAlignmentOutput } from './okr.alignment.ts'
import type { ListOkrCategoryOutput } from './okr.category.ts'
import type {
  ListOkrCycleOutput,
  ObjectivesOkrCyclePositionOutput,
  ObjectivesOkrCycleWeightOutput,
} from './okr.cycle.ts'
import type { CreateOkrCycleObjectiveOutput, ListOkrCycleObjectiveOutput } from './okr.cycle.objective.ts'
import type { PatchOkrIndicatorOutput } from './okr.indicator.ts'
import type { DeleteOkrKeyResultOutput, GetOkrKeyResultOutput, PatchOkrKeyResultOutput } from './okr.key_result.ts'
import type { ListOkrKeyResultIndicatorOutput } from './okr.key_result.indicator.ts'
import type { ListOkrKeyResultProgressOutput } from './okr.key_result.progress.ts'
import type {
  DeleteOkrObjectiveOutput,
  GetOkrObjectiveOutput,
  KeyOkrObjectiveResultsPositionOutput,
  KeyOkrObjectiveResultsWeightOutput,
  PatchOkrObjectiveOutput,
} from './okr.objective.ts'
import type { CreateOkrObjectiveAlignmentOutput, ListOkrObjectiveAlignmentOutput } from './okr.objective.alignment.ts'
import type { ListOkrObjectiveIndicatorOutput } from './okr.objective.indicator.ts'
import type { CreateOkrObjectiveKeyResultOutput, ListOkrObjectiveKeyResultOutput } from './okr.objective.key_result.ts'
import type { ListOkrObjectiveProgressOutput } from './okr.objective.progress.ts'

/** Schema of {@link DeleteOkrAlignmentOutput}, for opt-in response validation. */
export const DeleteOkrAlignmentOutputSchema: GenericSchema<DeleteOkrAlignmentOutput> = /*#__PURE__*/ (() => looseObject({
  alignment_id: optional(string()),
}))()

/** Schema of {@link GetOkrAlignmentOutput}, for opt-in response validation. */
export const GetOkrAlignmentOutputSchema: GenericSchema<GetOkrAlignmentOutput> = /*#__PURE__*/ (() => looseObject({
  alignment: optional(AlignmentSchema()),
}))()

/** Schema of {@link ListOkrCategoryOutput}, for opt-in response validation. */
export const ListOkrCategoryOutputSchema: GenericSchema<ListOkrCategoryOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    id: string(),
    create_time: string(),
    update_time: string(),
    category_type: picklist(['person', 'team']),
    enabled: boolean(),
    color: picklist(['blue', 'purple', 'wathet', 'turquoise', 'indigo', 'orange']),
    name: looseObject({ zh: optional(string()), en: optional(string()), ja: optional(string()) }),
  }))),
}))()

/** Schema of {@link ListOkrCycleOutput}, for opt-in response validation. */
export const ListOkrCycleOutputSchema: GenericSchema<ListOkrCycleOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    id: string(),
    create_time: string(),
    update_time: string(),
    tenant_cycle_id: string(),
    owner: OwnerSchema(),
    start_time: string(),
    end_time: string(),
    cycle_status: optional(number()),
    score: optional(number()),
  }))),
}))()

/** Schema of {@link ObjectivesOkrCyclePositionOutput}, for opt-in response validation. */
export const ObjectivesOkrCyclePositionOutputSchema: GenericSchema<ObjectivesOkrCyclePositionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link ObjectivesOkrCycleWeightOutput}, for opt-in response validation. */
export const ObjectivesOkrCycleWeightOutputSchema: GenericSchema<ObjectivesOkrCycleWeightOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link CreateOkrCycleObjectiveOutput}, for opt-in response validation. */
export const CreateOkrCycleObjectiveOutputSchema: GenericSchema<CreateOkrCycleObjectiveOutput> = /*#__PURE__*/ (() => looseObject({
  objective_id: optional(string()),
}))()

/** Schema of {@link ListOkrCycleObjectiveOutput}, for opt-in response validation. */
export const ListOkrCycleObjectiveOutputSchema: GenericSchema<ListOkrCycleObjectiveOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link PatchOkrIndicatorOutput}, for opt-in response validation. */
export const PatchOkrIndicatorOutputSchema: GenericSchema<PatchOkrIndicatorOutput> = /*#__PURE__*/ (() => looseObject({
  indicator: optional(IndicatorSchema()),
}))()

/** Schema of {@link DeleteOkrKeyResultOutput}, for opt-in response validation. */
export const DeleteOkrKeyResultOutputSchema: GenericSchema<DeleteOkrKeyResultOutput> = /*#__PURE__*/ (() => looseObject({
  key_result_id: optional(string()),
}))()

/** Schema of {@link GetOkrKeyResultOutput}, for opt-in response validation. */
export const GetOkrKeyResultOutputSchema: GenericSchema<GetOkrKeyResultOutput> = /*#__PURE__*/ (() => looseObject({
  key_result: optional(GetKeyResultSchema()),
}))()

/** Schema of {@link PatchOkrKeyResultOutput}, for opt-in response validation. */
export const PatchOkrKeyResultOutputSchema: GenericSchema<PatchOkrKeyResultOutput> = /*#__PURE__*/ (() => looseObject({
  key_result: optional(GetKeyResultSchema()),
}))()

/** Schema of {@link ListOkrKeyResultIndicatorOutput}, for opt-in response validation. */
export const ListOkrKeyResultIndicatorOutputSchema: GenericSchema<ListOkrKeyResultIndicatorOutput> = /*#__PURE__*/ (() => looseObject({
  indicator: optional(IndicatorSchema()),
}))()

/** Schema of {@link ListOkrKeyResultProgressOutput}, for opt-in response validation. */
export const ListOkrKeyResultProgressOutputSchema: GenericSchema<ListOkrKeyResultProgressOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ListItemSchema())),
}))()

/** Schema of {@link DeleteOkrObjectiveOutput}, for opt-in response validation. */
export const DeleteOkrObjectiveOutputSchema: GenericSchema<DeleteOkrObjectiveOutput> = /*#__PURE__*/ (() => looseObject({
  objective_id: optional(string()),
}))()

/** Schema of {@link GetOkrObjectiveOutput}, for opt-in response validation. */
export const GetOkrObjectiveOutputSchema: GenericSchema<GetOkrObjectiveOutput> = /*#__PURE__*/ (() => looseObject({
  objective: optional(ItemSchema()),
}))()

/** Schema of {@link KeyOkrObjectiveResultsPositionOutput}, for opt-in response validation. */
export const KeyOkrObjectiveResultsPositionOutputSchema: GenericSchema<KeyOkrObjectiveResultsPositionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(GetKeyResultSchema())),
}))()

/** Schema of {@link KeyOkrObjectiveResultsWeightOutput}, for opt-in response validation. */
export const KeyOkrObjectiveResultsWeightOutputSchema: GenericSchema<KeyOkrObjectiveResultsWeightOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(GetKeyResultSchema())),
}))()

/** Schema of {@link PatchOkrObjectiveOutput}, for opt-in response validation. */
export const PatchOkrObjectiveOutputSchema: GenericSchema<PatchOkrObjectiveOutput> = /*#__PURE__*/ (() => looseObject({
  objective: optional(ItemSchema()),
}))()

/** Schema of {@link CreateOkrObjectiveAlignmentOutput}, for opt-in response validation. */
export const CreateOkrObjectiveAlignmentOutputSchema: GenericSchema<CreateOkrObjectiveAlignmentOutput> = /*#__PURE__*/ (() => looseObject({
  alignment_id: optional(string()),
}))()

/** Schema of {@link ListOkrObjectiveAlignmentOutput}, for opt-in response validation. */
export const ListOkrObjectiveAlignmentOutputSchema: GenericSchema<ListOkrObjectiveAlignmentOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(AlignmentSchema())),
}))()

/** Schema of {@link ListOkrObjectiveIndicatorOutput}, for opt-in response validation. */
export const ListOkrObjectiveIndicatorOutputSchema: GenericSchema<ListOkrObjectiveIndicatorOutput> = /*#__PURE__*/ (() => looseObject({
  indicator: optional(IndicatorSchema()),
}))()

/** Schema of {@link CreateOkrObjectiveKeyResultOutput}, for opt-in response validation. */
export const CreateOkrObjectiveKeyResultOutputSchema: GenericSchema<CreateOkrObjectiveKeyResultOutput> = /*#__PURE__*/ (() => looseObject({
  key_result_id: optional(string()),
}))()

/** Schema of {@link ListOkrObjectiveKeyResultOutput}, for opt-in response validation. */
export const ListOkrObjectiveKeyResultOutputSchema: GenericSchema<ListOkrObjectiveKeyResultOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(GetKeyResultSchema())),
}))()

/** Schema of {@link ListOkrObjectiveProgressOutput}, for opt-in response validation. */
export const ListOkrObjectiveProgressOutputSchema: GenericSchema<ListOkrObjectiveProgressOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ListItemSchema())),
}))()
