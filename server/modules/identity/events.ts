/** Events of the identity module (payload version 1). */
export const IdentityEvents = {
  workspaceCreated: 'identity.workspace.created',
  userSignedUp: 'identity.user.signed_up',
  emailVerified: 'identity.email.verified',
  customerIdentified: 'identity.customer.identified',
  memberInvited: 'identity.member.invited',
  memberJoined: 'identity.member.joined',
  memberRoleChanged: 'identity.member.role_changed',
  memberRemoved: 'identity.member.removed',
  profileUpdated: 'identity.profile.updated',
} as const;
