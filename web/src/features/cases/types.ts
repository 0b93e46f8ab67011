/** Shapes of the cases API, named from the generated OpenAPI types (src/api/schema.d.ts). */
import type { ResponseOf } from '../../api/operations';

export type CaseSummary = ResponseOf<'get', '/cases'>['items'][number];
export type CaseType = CaseSummary['type'];
export type CaseStatus = CaseSummary['status'];
export type Severity = CaseSummary['severity'];
export type Priority = CaseSummary['priority'];
export type Channel = CaseSummary['channel'];

export type CaseDetail = ResponseOf<'get', '/cases/{id}'>;
export type FileView = CaseDetail['files'][number];
export type Message = CaseDetail['messages'][number];
export type Offer = CaseDetail['offers'][number];
export type Slot = Offer['slots'][number];
export type RemedyOption = CaseDetail['remedyMenu'][number];

export type CaseSettings = ResponseOf<'get', '/cases/settings'>;
export type Team = ResponseOf<'get', '/case-teams'>['items'][number];
export type RootCause = ResponseOf<'get', '/case-root-causes'>['items'][number];
export type Macro = ResponseOf<'get', '/case-macros'>['items'][number];
export type Policy = ResponseOf<'get', '/cases/sla-policies'>['items'][number];
export type CalendarDay = ResponseOf<'get', '/cases/calendar'>['items'][number];

export type Report = ResponseOf<'get', '/cases/reports'>;
export type ReportRow = Report['rows'][number];
