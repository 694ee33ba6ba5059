import type { CustomFieldOption, ZendeskTicketField } from './types'

/**
 * The account's own ticket fields, with ids shaped like real (large, account-specific) Zendesk ids. The
 * app's fields are not here: they are installed from requirements.json (requirements/).
 */
export const PRODUCT_AREA_FIELD_ID = 360_039_870_112

/** Where the requirement installer numbers the app's fields and their options (sequential, as Zendesk does). */
export const FIRST_INSTALLED_FIELD_ID = 360_041_118_731
export const FIRST_INSTALLED_OPTION_ID = 360_052_880_101

const PRODUCT_AREA_OPTIONS: ReadonlyArray<{ name: string; value: string }> = [
  { name: 'Billing', value: 'area_billing' },
  { name: 'Shipping', value: 'area_shipping' },
  { name: 'Account & login', value: 'area_account' },
  { name: 'Integrations', value: 'area_integrations' },
  { name: 'Mobile app', value: 'area_mobile' },
]

const BASE_URL = 'https://harness.zendesk.com/api/v2/ticket_fields'

function options(fieldId: number, list: ReadonlyArray<{ name: string; value: string }>): CustomFieldOption[] {
  return list.map((option, index) => ({
    id: fieldId + 1000 + index,
    name: option.name,
    raw_name: option.name,
    value: option.value,
    default: false,
  }))
}

export function buildTicketField(
  created: string,
  values: Pick<ZendeskTicketField, 'id' | 'type' | 'title' | 'position'> & Partial<ZendeskTicketField>,
): ZendeskTicketField {
  const isSystem = values.key === undefined || values.key === null
  return {
    url: `${BASE_URL}/${values.id}.json`,
    description: '',
    raw_description: '',
    active: true,
    required: false,
    collapsed_for_agents: false,
    regexp_for_validation: null,
    title_in_portal: values.title,
    raw_title_in_portal: values.title,
    visible_in_portal: false,
    editable_in_portal: false,
    required_in_portal: false,
    agent_can_edit: true,
    tag: null,
    created_at: created,
    updated_at: created,
    removable: !isSystem,
    key: null,
    agent_description: null,
    raw_title: values.title,
    ...values,
  }
}

/** The account's ticket fields before the app is installed: a few system fields and one custom dropdown. */
export function buildTicketFields(created: string): ZendeskTicketField[] {
  return [
    buildTicketField(created, {
      id: 360_000_001_001,
      type: 'subject',
      title: 'Subject',
      position: 1,
      required: true,
      visible_in_portal: true,
      editable_in_portal: true,
      required_in_portal: true,
      removable: false,
    }),
    buildTicketField(created, {
      id: 360_000_001_002,
      type: 'description',
      title: 'Description',
      position: 2,
      visible_in_portal: true,
      editable_in_portal: true,
      required_in_portal: true,
      removable: false,
    }),
    buildTicketField(created, {
      id: 360_000_001_003,
      type: 'status',
      title: 'Status',
      position: 3,
      removable: false,
      system_field_options: ['new', 'open', 'pending', 'hold', 'solved'].map((value) => ({
        name: value[0]?.toUpperCase() + value.slice(1),
        value,
      })),
    }),
    buildTicketField(created, {
      id: 360_000_001_005,
      type: 'priority',
      title: 'Priority',
      position: 5,
      removable: false,
      system_field_options: ['low', 'normal', 'high', 'urgent'].map((value) => ({
        name: value[0]?.toUpperCase() + value.slice(1),
        value,
      })),
    }),
    buildTicketField(created, {
      id: PRODUCT_AREA_FIELD_ID,
      type: 'tagger',
      title: 'Product area',
      position: 10,
      key: 'product_area',
      custom_field_options: options(PRODUCT_AREA_FIELD_ID, PRODUCT_AREA_OPTIONS),
    }),
  ]
}

export function isCustomField(field: ZendeskTicketField): boolean {
  return field.removable
}
