/** Shapes of the cases API (server/modules/cases/schemas.ts). */
export type CaseType = 'complaint' | 'repair' | 'question';
export type CaseStatus = 'new' | 'open' | 'waiting_on_customer' | 'remedy_offered' | 'remedy_accepted' | 'remedy_rejected' | 'carried_out' | 'resolved' | 'merged';
export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export type Channel = 'portal' | 'phone' | 'email' | 'store';

export interface Person { id: string; displayName: string }
export interface FileView { id: string; url: string; contentType: string; size: number; width: number; height: number }

export interface CaseSummary {
  id: string; number: string; type: CaseType; status: CaseStatus; subject: string; product: string; model: string;
  severity: Severity; priority: Priority; safety: boolean; channel: Channel; teamId: string | null;
  assignee: Person | null; customer: Person | null; slaDueAt: string | null; slaBreached: boolean; createdAt: string; updatedAt: string;
}

export interface Slot { id: string; startsAt: string; endsAt: string }
export interface Offer {
  id: string; round: number; remedy: string; terms: string; slots: Slot[]; status: 'offered' | 'accepted' | 'declined' | 'superseded';
  chosenSlot: Slot | null; declineReason: string | null; decidedAt: string | null; carriedOutAt: string | null; createdAt: string;
}
export interface Message { id: string; authorKind: 'customer' | 'agent' | 'system'; author: Person | null; internal: boolean; body: string; bodyHtml: string; files: FileView[]; createdAt: string }
export interface RemedyOption { key: string; labelEn: string; labelZh: string }

export interface CaseDetail extends CaseSummary {
  description: string; descriptionHtml: string; serialNumber: string; purchaseDate: string | null; requestedRemedy: string;
  warrantyStatus: 'in_warranty' | 'out_of_warranty' | 'unknown'; warrantyUntil: string | null; warrantyMonths: number | null;
  rootCauseId: string | null; idea: { id: string; title: string } | null; mergedInto: { id: string; number: string } | null;
  escalatedAt: string | null; declineReason: string | null;
  firstResponseDueAt: string | null; firstRespondedAt: string | null; nextResponseDueAt: string | null; resolutionDueAt: string | null;
  slaPaused: boolean; resolvedAt: string | null; reopenUntil: string | null; reopenedCount: number;
  satisfaction: number | null; satisfactionComment: string | null; invitedToCocreation: boolean;
  files: FileView[]; messages: Message[]; offers: Offer[]; remedyMenu: RemedyOption[];
  escalation: { internal: boolean; externalRecourse: string }; canReopen: boolean; canRate: boolean;
}

export interface Page<T> { items: T[]; nextCursor: string | null }

export interface CaseSettings {
  remedyMenu: RemedyOption[]; externalRecourse: string; reopenDays: number; warnMinutes: number; defaultTeamId: string | null;
  defaultWarrantyMonths: number; warrantyTerms: { product: string; months: number }[];
}
export interface Team { id: string; name: string; assignment: 'manual' | 'round_robin' | 'least_loaded'; memberIds: string[] }
export interface RootCause { id: string; name: string; parentId: string | null; path: string }
export interface Macro { id: string; name: string; body: string; internal: boolean }
export interface Policy { priority: Priority; caseType: '*' | CaseType; firstResponseMinutes: number; nextResponseMinutes: number; resolutionMinutes: number }
export interface CalendarDay { day: string; kind: 'holiday' | 'workday'; name: string }

export interface ReportRow {
  key: string | null; label: string; volume: number; resolved: number; avgFirstResponseMinutes: number | null; avgResolutionMinutes: number | null;
  slaCompliance: number | null; remedyAcceptance: number | null; reopenRate: number | null; avgSatisfaction: number | null;
}
export interface Report { rows: ReportRow[]; daily: { day: string; received: number; resolved: number }[] }
