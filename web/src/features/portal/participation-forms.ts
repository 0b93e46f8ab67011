/** The five forms of customer participation, in the order the home page invites to them. */
export const participationForms = [
  { id: 'feedback', to: '/surveys', color: 'indigo' },
  { id: 'ideas', to: '/ideas', color: 'yellow' },
  { id: 'decisions', to: '/decisions', color: 'grape' },
  { id: 'community', to: '/community', color: 'teal' },
  { id: 'cases', to: '/cases', color: 'orange' },
] as const;

export type ParticipationForm = (typeof participationForms)[number];
