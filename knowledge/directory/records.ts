/**
 * The directory rows an import produces, before they are checked against each other and the
 * database. Both readers (JSON and CSV) turn their input into these entries; the resolver and
 * the writer never look at the original format.
 */
import type { Weekday } from './values.ts';

export interface OrganizationData {
  id: string;
  name: string;
  alternate_name: string | null;
  description: string;
  email: string | null;
  website: string | null;
}

export interface ProgramData {
  id: string;
  organization_id: string | null;
  name: string;
  description: string;
}

export interface ServiceData {
  id: string;
  organization_id: string | null;
  program_id: string | null;
  name: string;
  alternate_name: string | null;
  description: string;
  url: string | null;
  email: string | null;
  status: string;
  fees_description: string | null;
  application_process: string | null;
  eligibility_description: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  category_id: string | null;
}

export interface LocationData {
  id: string;
  organization_id: string | null;
  name: string | null;
  description: string | null;
  latitude: number | null;
  longitude: number | null;
  site_id: string | null;
}

/** One address row; the writer copies the best one into its location's address columns. */
export interface AddressData {
  id: string | null;
  location_id: string;
  address_type: 'physical' | 'postal' | 'virtual';
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
}

export interface ServiceAtLocationData {
  id: string;
  service_id: string;
  location_id: string;
}

export interface PhoneData {
  id: string;
  organization_id: string | null;
  service_id: string | null;
  location_id: string | null;
  /** Only used to find the service and location a phone belongs to; not stored. */
  service_at_location_id: string | null;
  number: string;
  extension: string | null;
  type: string | null;
  description: string | null;
}

/** One HSDS schedule: several weekdays with the same hours become one table row per day. */
export interface ScheduleData {
  id: string;
  service_id: string | null;
  location_id: string | null;
  service_at_location_id: string | null;
  days: Weekday[];
  opens_at: string;
  closes_at: string;
  description: string | null;
}

export interface LanguageData {
  service_id: string;
  languages: string[];
}

export interface ServiceAreaData {
  id: string;
  service_id: string;
  name: string;
  description: string | null;
}

export interface EligibilityData {
  id: string;
  service_id: string;
  kind: string;
  value: string;
  description: string | null;
}

/** HSDS 1.1 eligibility: free text that ends up in the service's eligibility_description. */
export interface EligibilityTextData {
  service_id: string;
  text: string;
}

export interface EntryData {
  organization: OrganizationData;
  program: ProgramData;
  service: ServiceData;
  location: LocationData;
  address: AddressData;
  service_at_location: ServiceAtLocationData;
  phone: PhoneData;
  schedule: ScheduleData;
  language: LanguageData;
  service_area: ServiceAreaData;
  eligibility: EligibilityData;
  eligibility_text: EligibilityTextData;
}

export type EntryKind = keyof EntryData;

/** Dependency order: every entry only refers to kinds earlier in this list. */
export const ENTRY_KINDS: EntryKind[] = [
  'organization',
  'program',
  'service',
  'location',
  'address',
  'service_at_location',
  'phone',
  'schedule',
  'language',
  'service_area',
  'eligibility',
  'eligibility_text',
];

/** Kinds other entries may point to by id. `category` lives in the taxonomy, never in an import. */
export type RefKind = 'organization' | 'program' | 'service' | 'location' | 'service_at_location' | 'category';

export interface Ref {
  kind: RefKind;
  id: string;
  /** The field holding the id, for the error message. */
  field: string;
}

/** Where an entry came from. */
export interface Origin {
  file: string;
  /** CSV: record number with the header as row 1. JSON: index + 1 of the top-level item. */
  row: number;
  /** JSON: path of the entry inside the document ("organizations[2].services[0]"); CSV: "". */
  path: string;
  /** Position in file order, so the first bad row is reported first. */
  seq: number;
}

export interface Problem {
  field: string;
  reason: string;
}

export interface Entry<K extends EntryKind = EntryKind> {
  kind: K;
  /** Unique per kind; entries without an id of their own get a derived one. */
  key: string;
  data: EntryData[K];
  at: Origin;
  problem?: Problem;
}

export interface SkippedRow {
  file: string;
  row: number;
  field: string;
  reason: string;
}
