import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { catalogueErrors } from '../../platform/http/error-codes.js';

// Access and the request's workspace

/** A route that declares no `config.access`: refused rather than served open. */
export const noAccessRule = () => new AppError('forbidden', 403, 'This route declares no access rule.');

/** A cookie-borne write without the `X-Requested-With: cocreate` header. */
export const csrfCheckFailed = () =>
  new AppError('csrf_check_failed', 403, 'Send the header "X-Requested-With: cocreate" with browser writes.');

/** An `X-Cocreate-Workspace` header naming no workspace by slug or id. */
export const workspaceNotFoundByName = (named: string) =>
  new AppError('workspace_not_found', 404, `No workspace "${named}".`);

/** An `X-Cocreate-Workspace` header naming another workspace than the caller's session or key. */
export const workspaceMismatch = () =>
  new AppError('workspace_mismatch', 403, 'You are signed in to another workspace.');

/** A bearer token that is not shaped like an API key. */
export const malformedApiKey = () => new AppError('invalid_api_key', 401, 'The API key is not valid.');

/** A well-formed API key that matches no key of its workspace, or one that was revoked. */
export const unknownApiKey = () => new AppError('invalid_api_key', 401, 'The API key is not valid or was revoked.');

/** A route for people called with an API key. */
export const peopleOnly = () => forbidden('This is for signed-in people, not API keys.');

/** A request that needs a workspace before the first one has been set up. */
export const setupRequired = () => new AppError('setup_required', 409, 'No workspace has been set up yet.');

/** A workspace id that is not there (read by id, after the request was admitted). */
export const workspaceNotFound = () => notFound('The workspace');

// Signing in, links and tokens

/** Sign-in with a wrong email or password; never says which, nor whether the account exists. */
export const invalidCredentials = () => new AppError('invalid_credentials', 401, 'The email or password is not right.');

/** Changing the password with a wrong current password. */
export const currentPasswordWrong = () =>
  new AppError('invalid_credentials', 400, 'The current password is not right.', {
    errors: [{ field: 'body.currentPassword', message: 'is not right' }],
  });

/** Sign-in from an address locked out after repeated failures, until `lockedUntil`. */
export const signInLocked = (lockedUntil: Date) =>
  new AppError(
    'sign_in_locked',
    429,
    'Too many failed attempts from here. Wait a little, or ask for a sign-in link by email.',
    { retryAfter: lockedUntil.toISOString() },
  );

/** A sign-in, verification or password-reset link that is malformed, used, expired or unknown. */
export const invalidLinkToken = () =>
  new AppError('invalid_token', 400, 'This link is not valid or has expired. Ask for a new one.');

/** An invitation link that is malformed, withdrawn, accepted, expired or unknown. */
export const invalidInvitationToken = () =>
  new AppError('invalid_token', 400, 'This invitation is not valid, was withdrawn, or has expired.');

/** An identity token (identified customers) that fails verification; `why` says how. */
export const identityTokenRefused = (why: string) =>
  new AppError('invalid_identity_token', 401, `The identity token was refused: ${why}.`);

/** Asking for a verification mail for an account that has no email address. */
export const noEmail = () => new AppError('no_email', 409, 'Your account has no email address.');

/** Asking for a verification mail for an address already verified. */
export const alreadyVerified = () => new AppError('already_verified', 409, 'Your email is already verified.');

/** Setting up the first workspace when one exists already. */
export const setupDone = () => new AppError('setup_done', 409, 'Cocreate is already set up; sign in instead.');

// Workspaces, switching and account links

/** A workspace address (slug) another workspace uses. */
export const workspaceSlugTaken = (slug: string) => conflict('slug_taken', `The address "${slug}" is taken.`);

/** A public key for identified customers that is not an RSA key in PEM (SPKI) form. */
export const invalidIdentifyPublicKey = () => invalid('body.publicKey', 'is not an RSA public key in PEM (SPKI) form');

/** Someone other than an owner creating a workspace. */
export const onlyOwnersCreateWorkspaces = () => forbidden('Only owners create workspaces.');

/** Creating a workspace from an account with no email or password to carry over. */
export const accountNotFound = () => notFound('Your account');

/** A customer switching workspaces. */
export const onlyStaffSwitch = () => forbidden('Only staff can switch workspaces.');

/** Switching to a workspace where no linked staff account is. */
export const noLinkedStaffAccount = () => forbidden('You have no linked staff account in that workspace.');

/** A customer linking an account of another workspace. */
export const onlyStaffLink = () => forbidden('Only staff can link accounts of other workspaces.');

/** Linking with a wrong email or password for the other workspace's account. */
export const linkCredentialsWrong = () =>
  new AppError('invalid_credentials', 401, 'The email or password is not right for that workspace.');

/** Linking to an account of the caller's own workspace. */
export const linkTargetInThisWorkspace = () =>
  new AppError('same_workspace', 409, 'That account is in this workspace.');

/** Linking to a customer account of the other workspace. */
export const linkTargetNotStaff = () => forbidden('That account is not staff of its workspace.');

/** Joining two accounts of one workspace. */
export const accountsInSameWorkspace = () => conflict('same_workspace', 'Both accounts are in the same workspace.');

/** Linking a second account of a workspace the caller is already linked to. */
export const alreadyLinked = () =>
  conflict('already_linked', 'You are already linked to another account in that workspace.');

// Members, invitations and API keys

/** Inviting an address that already belongs to a member. */
export const alreadyMember = (email: string) =>
  conflict('already_member', `${email} is already a member of this workspace.`);

/** Accepting an invitation for an address that is already staff of the workspace. */
export const alreadyMemberSignIn = () =>
  new AppError('already_member', 409, 'You are already a member; sign in instead.');

/** Revoking an invitation that is not open (accepted, revoked or unknown). */
export const openInvitationNotFound = () => notFound('An open invitation');

/** Changing the role of a member who is not there or is disabled. */
export const memberNotFound = () => notFound('The member');

/** An admin changing an owner's role, or making someone owner. */
export const onlyOwnersChangeOwners = () => forbidden('Only an owner can change an owner or make someone owner.');

/** Taking the owner role from the workspace's last owner. */
export const lastOwner = () => new AppError('last_owner', 409, 'A workspace needs at least one owner.');

/** Revoking an API key that is not there or was revoked already. */
export const apiKeyNotFound = () => notFound('An active API key');

/** Retrying a job that is not a dead job of the workspace. */
export const deadJobNotFound = () => notFound('A dead job');

/** The codes above, for the API's error catalogue (docs/api.md, the OpenAPI Problem schema). */
export const errorCodes = catalogueErrors('identity', {
  csrf_check_failed: { status: 403, meaning: 'A browser write without the header `X-Requested-With: cocreate`.' },
  workspace_not_found: { status: 404, meaning: '`X-Cocreate-Workspace` names no workspace.' },
  workspace_mismatch: {
    status: 403,
    meaning: '`X-Cocreate-Workspace` names another workspace than the session or key.',
  },
  invalid_api_key: { status: 401, meaning: 'The API key is malformed, unknown or revoked.' },
  setup_required: { status: 409, meaning: 'No workspace has been set up yet.' },
  invalid_credentials: {
    status: [400, 401],
    meaning: 'The email or password is not right (400 when it is the current password of a password change).',
  },
  sign_in_locked: {
    status: 429,
    meaning: 'Too many failed sign-ins from this address; `retryAfter` says until when. A sign-in link still works.',
  },
  invalid_token: {
    status: 400,
    meaning: 'A link token (sign-in, verification, reset, invitation, unsubscribe) is not valid or has expired.',
  },
  invalid_identity_token: { status: 401, meaning: "The identified customer's JWT was refused; `detail` says why." },
  no_email: { status: 409, meaning: 'The account has no email address.' },
  already_verified: { status: 409, meaning: 'The email address is already verified.' },
  setup_done: { status: 409, meaning: 'Cocreate is already set up; sign in instead.' },
  slug_taken: { status: 409, meaning: 'Another board, survey or workspace has this address (slug).' },
  same_workspace: { status: 409, meaning: 'Both accounts are in the same workspace.' },
  already_linked: { status: 409, meaning: 'The caller is already linked to another account in that workspace.' },
  already_member: { status: 409, meaning: 'The address already belongs to a member of the workspace.' },
  last_owner: { status: 409, meaning: 'A workspace needs at least one owner.' },
});
