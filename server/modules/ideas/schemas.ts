import { z } from 'zod';

const Importance = z.enum(['nice_to_have', 'important', 'critical']);
const Stage = z.enum(['open', 'review', 'planned', 'in_progress', 'shipped', 'declined']);
const Locales = z.object({ 'zh-CN': z.string().min(1).max(40), en: z.string().min(1).max(40) });

export const IdParams = z.object({ id: z.uuid() });
// `id` although it takes a slug too: OpenAPI holds /idea-boards/{board} and /idea-boards/{id} (PATCH) for one
// path named two ways, which breaks the web app's generated types.
export const BoardParams = z.object({ id: z.string().min(1).max(80).describe('board id or slug') });

export const WeightRuleSchema = z.object({
  attribute: z.string().min(1).max(40).optional().describe('customer attribute that weighs a vote, e.g. segment'),
  values: z.record(z.string().max(60), z.number().min(0).max(100)).optional(),
  importance: z
    .object({
      nice_to_have: z.number().min(0).max(100),
      important: z.number().min(0).max(100),
      critical: z.number().min(0).max(100),
    })
    .partial()
    .optional(),
});

export const BoardSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  visibility: z.enum(['public', 'private']),
  accessSegments: z.array(z.string()),
  tags: z.array(z.string()),
  voteBudget: z.number().int().nullable(),
  votesLeft: z.number().int().nullable().describe('for the signed-in customer, when the board has a budget'),
  importanceEnabled: z.boolean(),
  weightRule: WeightRuleSchema,
  thresholdSupporters: z.number().int().nullable(),
  thresholdSharePercent: z.number().nullable(),
  threshold: z.number().int().nullable().describe('supporters needed now (the lower of the two rules)'),
  answerDays: z.number().int(),
  premoderation: z.enum(['off', 'new_customers', 'all']),
  archived: z.boolean(),
});

const boardFields = {
  name: z.string().trim().min(1).max(80),
  description: z.string().max(2000),
  visibility: z.enum(['public', 'private']),
  accessSegments: z.array(z.string().trim().min(1).max(60)).max(20),
  memberIds: z.array(z.uuid()).max(500),
  tags: z.array(z.string().trim().min(1).max(30)).max(50),
  voteBudget: z.number().int().min(1).max(1000).nullable(),
  importanceEnabled: z.boolean(),
  weightRule: WeightRuleSchema,
  thresholdSupporters: z.number().int().min(1).max(10_000_000).nullable(),
  thresholdSharePercent: z.number().min(0.01).max(100).nullable(),
  answerDays: z.number().int().min(1).max(365),
  premoderation: z.enum(['off', 'new_customers', 'all']),
  archived: z.boolean(),
};
export const BoardCreateSchema = z
  .object({
    ...boardFields,
    slug: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,58}$/),
  })
  .partial()
  .required({ name: true, slug: true });
export const BoardUpdateSchema = z.object(boardFields).partial();

export const StatusSchema = z.object({ key: z.string(), stage: Stage, names: Locales });
export const StatusListSchema = z.object({ items: z.array(StatusSchema) });
export const StatusWorkflowSchema = z.object({
  items: z
    .array(z.object({ key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), stage: Stage, names: Locales }))
    .min(2)
    .max(20),
});

export const ThresholdSchema = z.object({
  target: z.number().int().nullable(),
  supporters: z.number().int(),
  reachedAt: z.string().nullable(),
  answerDueAt: z.string().nullable(),
  overdue: z.boolean(),
});

export const IdeaSummarySchema = z.object({
  id: z.uuid(),
  boardId: z.uuid(),
  title: z.string(),
  tags: z.array(z.string()),
  status: z.string(),
  stage: Stage,
  voteCount: z.number().int(),
  weightedVotes: z.number(),
  commentCount: z.number().int(),
  trending: z.number().describe('votes decayed with a 72-hour half-life'),
  moderation: z.enum(['pending', 'visible', 'hidden']),
  locked: z.boolean(),
  mergedIntoId: z.uuid().nullable(),
  authorName: z.string().nullable(),
  answered: z.boolean(),
  shippedAt: z.string().nullable(),
  createdAt: z.string(),
  myVote: z
    .object({ importance: Importance })
    .nullable()
    .describe(
      "the caller's vote (staff); null in the lists and idea pages visitors and customers share: see /ideas/viewer-state",
    ),
});

export const RiceSchema = z.object({
  reach: z.number().int(),
  impact: z.number().nullable(),
  confidence: z.number().nullable(),
  effort: z.number().nullable(),
  score: z.number().nullable(),
});

export const IdeaSchema = IdeaSummarySchema.extend({
  body: z.string(),
  bodyHtml: z.string(),
  answer: z
    .object({ body: z.string(), bodyHtml: z.string(), authorName: z.string().nullable(), at: z.string() })
    .nullable(),
  threshold: ThresholdSchema,
  following: z
    .boolean()
    .nullable()
    .describe(
      'whether the caller follows it (staff, an author on their pending idea); null in the shared page: see /ideas/viewer-state',
    ),
  rice: RiceSchema.nullable().describe('staff only'),
  boardSlug: z.string(),
  boardName: z.string(),
  images: z.array(
    z.object({
      id: z.uuid(),
      url: z.string(),
      contentType: z.string(),
      size: z.number().int(),
      width: z.number().int(),
      height: z.number().int(),
    }),
  ),
});

export const IdeaListQuerySchema = z.object({
  board: z.string().min(1).max(80).optional(),
  sort: z.enum(['trending', 'top', 'new']).default('trending'),
  status: z.string().max(40).optional(),
  tag: z.string().max(30).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});

export const IdeaSubmitSchema = z.object({
  board: z.string().min(1).max(80),
  title: z.string().trim().min(4).max(140),
  body: z.string().max(20_000).default(''),
  tags: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
  imageIds: z.array(z.uuid()).max(6).default([]),
});

export const IdeaUpdateSchema = z
  .object({
    title: z.string().trim().min(4).max(140),
    body: z.string().max(20_000),
    tags: z.array(z.string().trim().min(1).max(30)).max(10),
    board: z.string().min(1).max(80).describe('move to this board (id or slug)'),
    locked: z.boolean(),
    moderation: z.enum(['visible', 'hidden']).describe('approve a pending idea, hide or unhide'),
    rice: z.object({
      impact: z.number().min(0).max(10).nullable(),
      confidence: z.number().min(0).max(100).nullable(),
      effort: z.number().min(0.01).max(1000).nullable(),
    }),
  })
  .partial();

const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
export const VIEWER_STATE_MAX_IDS = 200;
export const ViewerStateQuerySchema = z.object({
  ids: z
    .string()
    .regex(new RegExp(`^${UUID_PATTERN}(,${UUID_PATTERN}){0,${VIEWER_STATE_MAX_IDS - 1}}$`))
    .describe(`idea ids, comma-separated, up to ${VIEWER_STATE_MAX_IDS}`),
});
export const ViewerStateSchema = z.object({
  items: z.array(
    z.object({
      ideaId: z.string().describe('an id asked for, in lower case'),
      myVote: z.object({ importance: Importance }).nullable(),
      following: z.boolean(),
    }),
  ),
});

export const SimilarQuerySchema = z.object({ board: z.string().min(1).max(80).optional(), title: z.string().max(200) });
export const SimilarSchema = z.object({
  items: z.array(
    z.object({ id: z.uuid(), title: z.string(), status: z.string(), voteCount: z.number().int(), score: z.number() }),
  ),
});

export const VoteSchema = z.object({ importance: Importance.default('important') });
export const VoteResultSchema = z.object({
  voteCount: z.number().int(),
  weightedVotes: z.number(),
  myVote: z.object({ importance: Importance }).nullable(),
  votesLeft: z.number().int().nullable(),
  status: z.string(),
});
export const OnBehalfSchema = z
  .object({
    customerId: z.uuid().optional(),
    customerEmail: z.email().optional(),
    reason: z.string().trim().min(3).max(500),
    importance: Importance.default('important'),
  })
  .refine((v) => v.customerId || v.customerEmail, {
    message: 'name the customer by customerId or customerEmail',
    path: ['customerId'],
  });

export const StatusChangeSchema = z.object({
  status: z.string().min(1).max(40),
  note: z.string().max(2000).default(''),
});
export const AnswerSchema = z.object({ body: z.string().trim().min(1).max(20_000) });
export const MergeSchema = z.object({ intoId: z.uuid() });

export const CommentSchema = z.object({
  id: z.uuid(),
  ideaId: z.uuid(),
  parentId: z.uuid().nullable(),
  authorId: z.uuid().nullable(),
  authorName: z.string().nullable(),
  staff: z.boolean(),
  body: z.string(),
  bodyHtml: z.string(),
  hidden: z.boolean(),
  movedFromIdeaId: z.uuid().nullable(),
  reportCount: z.number().int().nullable().describe('staff only: how many people reported it'),
  editable: z.boolean(),
  editedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const CommentCreateSchema = z.object({
  body: z.string().trim().min(1).max(5000),
  parentId: z.uuid().optional(),
});
export const CommentEditSchema = z.object({ body: z.string().trim().min(1).max(5000) });
export const ReportSchema = z.object({ reason: z.string().trim().min(3).max(500) });
export const CommentModerationSchema = z.object({ hidden: z.boolean() });

export const HistorySchema = z.object({
  items: z.array(
    z.object({
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      note: z.string(),
      actorLabel: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export const VoterSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string().nullable(),
  importance: Importance,
  weight: z.number(),
  onBehalfBy: z.string().nullable(),
  onBehalfReason: z.string().nullable(),
  mergedFromIdeaId: z.uuid().nullable(),
  createdAt: z.string(),
});

export const PriorityQuerySchema = z.object({
  board: z.string().min(1).max(80).optional(),
  sort: z.enum(['votes', 'weighted', 'trending', 'rice', 'newest']).default('weighted'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const PriorityItemSchema = IdeaSummarySchema.extend({ rice: RiceSchema });
export const OverdueItemSchema = IdeaSummarySchema.extend({ answerDueAt: z.string(), daysOverdue: z.number().int() });
export const BoardStatsSchema = z.object({
  items: z.array(
    z.object({
      boardId: z.uuid(),
      boardName: z.string(),
      ideas: z.number().int(),
      answered: z.number().int(),
      responseRate: z.number().nullable(),
      medianHoursToFirstAnswer: z.number().nullable(),
      overdue: z.number().int(),
    }),
  ),
});
