/** Shapes of the ideas API, named from the generated OpenAPI types (src/api/schema.d.ts). */
import type { ResponseOf } from '../../api/operations';

export type Board = ResponseOf<'get', '/idea-boards/{id}'>;
export type WeightRule = Board['weightRule'];
export type Status = ResponseOf<'get', '/idea-statuses'>['items'][number];
export type Stage = Status['stage'];

export type IdeaSummary = ResponseOf<'get', '/ideas'>['items'][number];
export type Importance = NonNullable<IdeaSummary['myVote']>['importance'];
export type Idea = ResponseOf<'get', '/ideas/{id}'>;
export type Rice = NonNullable<Idea['rice']>;

export type Comment = ResponseOf<'get', '/ideas/{id}/comments'>['items'][number];
export type HistoryEntry = ResponseOf<'get', '/ideas/{id}/history'>['items'][number];
export type VoteResult = ResponseOf<'put', '/ideas/{id}/vote'>;
/** My vote and follow of one idea (lists and idea pages are shared and carry neither). */
export type ViewerState = ResponseOf<'get', '/ideas/viewer-state'>['items'][number];
