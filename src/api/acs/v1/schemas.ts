// Generated from catalog/acs.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ItemSchema, RuleSchema } from './models.ts'
import type { ListAccessRecordOutput } from './access_record.ts'
import type { ListDeviceOutput } from './device.ts'
import type {
  CreateRuleExternalOutput,
  DeleteRuleExternalOutput,
  DeviceRuleExternalBindOutput,
  GetRuleExternalOutput,
} from './rule_external.ts'
import type { GetUserOutput, ListUserOutput, PatchUserOutput } from './user.ts'
import type { UpdateUserFaceOutput } from './user.face.ts'
import type { CreateVisitorOutput, DeleteVisitorOutput } from './visitor.ts'

/** Schema of {@link ListAccessRecordOutput}, for opt-in response validation. */
export const ListAccessRecordOutputSchema: GenericSchema<ListAccessRecordOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    access_record_id: optional(string()),
    user_id: optional(string()),
    device_id: optional(string()),
    is_clock_in: optional(boolean()),
    access_time: optional(string()),
    access_type: optional(picklist(['FA', 'QRCode', 'Card', 'Fp'])),
    access_data: optional(string()),
    is_door_open: optional(boolean()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListDeviceOutput}, for opt-in response validation. */
export const ListDeviceOutputSchema: GenericSchema<ListDeviceOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    device_id: optional(string()),
    device_name: optional(string()),
    device_sn: optional(string()),
    property: optional(looseObject({
      version: optional(string()),
      current_device_face_count: optional(number()),
      max_face_capacity: optional(number()),
      online_status: optional(number()),
      device_name: optional(string()),
      is_clock_in: optional(boolean()),
    })),
  }))),
}))()

/** Schema of {@link CreateRuleExternalOutput}, for opt-in response validation. */
export const CreateRuleExternalOutputSchema: GenericSchema<CreateRuleExternalOutput> = /*#__PURE__*/ (() => looseObject({
  rule_id: string(),
}))()

/** Schema of {@link DeleteRuleExternalOutput}, for opt-in response validation. */
export const DeleteRuleExternalOutputSchema: GenericSchema<DeleteRuleExternalOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link DeviceRuleExternalBindOutput}, for opt-in response validation. */
export const DeviceRuleExternalBindOutputSchema: GenericSchema<DeviceRuleExternalBindOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetRuleExternalOutput}, for opt-in response validation. */
export const GetRuleExternalOutputSchema: GenericSchema<GetRuleExternalOutput> = /*#__PURE__*/ (() => looseObject({
  rules: array(RuleSchema()),
}))()

/** Schema of {@link GetUserOutput}, for opt-in response validation. */
export const GetUserOutputSchema: GenericSchema<GetUserOutput> = /*#__PURE__*/ (() => looseObject({
  user: optional(ItemSchema()),
}))()

/** Schema of {@link ListUserOutput}, for opt-in response validation. */
export const ListUserOutputSchema: GenericSchema<ListUserOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchUserOutput}, for opt-in response validation. */
export const PatchUserOutputSchema: GenericSchema<PatchUserOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link UpdateUserFaceOutput}, for opt-in response validation. */
export const UpdateUserFaceOutputSchema: GenericSchema<UpdateUserFaceOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreateVisitorOutput}, for opt-in response validation. */
export const CreateVisitorOutputSchema: GenericSchema<CreateVisitorOutput> = /*#__PURE__*/ (() => looseObject({
  visitor_id: string(),
}))()

/** Schema of {@link DeleteVisitorOutput}, for opt-in response validation. */
export const DeleteVisitorOutputSchema: GenericSchema<DeleteVisitorOutput> = /*#__PURE__*/ (() => looseObject({}))()
